/** The contract between the coach controller and whatever hosts a composer (site adapter or demo). */
import type { Finding, Platform, Surface } from '../rules/engine/types.ts';
import type { Mode } from '../lib/contracts.ts';

export interface TextView {
  text: string;
  rangeFor(start: number, end: number): Range | null;
}

export interface CoachComposer {
  id: string;
  element: HTMLElement;
  kind: string;
  platform: Platform;
  surface: Surface;
  limit: number;
  /** X counts weighted characters (twitter-text). */
  weighted: boolean;
  read(): TextView;
  /** Replaces [start, end) of `before` through the editor's own input pipeline. */
  replace(before: string, start: number, end: number, replacement: string): Promise<'applied' | 'refused'>;
}

export interface CoachHooks {
  check(text: string, composer: CoachComposer): Finding[];
  mode(): Mode;
  onOverride?(composer: CoachComposer, findings: Finding[], text: string): void;
  onFalsePositive?(composer: CoachComposer, finding: Finding): void;
  onError?(where: string, error: unknown): void;
  /** Length of `text` as the platform counts it; defaults to UTF-16 length. */
  measure?(text: string, composer: CoachComposer): number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One finding as drawn: its boxes on screen. */
export interface Mark {
  key: string;
  finding: Finding;
  boxes: Box[];
}
