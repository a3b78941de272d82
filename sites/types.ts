/** What a site adapter knows about one composer it recognised. Only sites/* know host DOM. */
import type { Site } from '../lib/contracts.ts';
import type { Surface } from '../rules/engine/types.ts';

export interface ComposerInfo {
  /** e.g. "x.inline", "linkedin.share"; "generic" when only the fallback recognised it. */
  kind: string;
  surface: Surface;
  fallback: boolean;
  /** Character limit shown to the employee; X counts weighted characters. */
  limit: number;
  weighted: boolean;
  /** The composer's own Post/Reply/Send button, looked up inside the composer's own scope. */
  findSubmit(): HTMLElement | null;
}

export interface SiteAdapter {
  site: Site;
  /** Recognises an editing host (a contenteditable root) as one of the site's composers. */
  recognise(editor: HTMLElement): ComposerInfo | null;
}
