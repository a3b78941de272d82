import type { Category, Platform, Severity } from './categories.ts';

export type { Category, Platform, Severity };

export interface Fix {
  label: string;
  /** Replaces the finding's [start, end) range of the checked text. */
  replacement: string;
}

export interface PolicyRef {
  title: string;
  section?: string;
  url?: string;
}

/** The contract every consumer relies on (architecture.md). Offsets are UTF-16 code units into the exact text checked. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  message: string;
  why?: string;
  policy?: PolicyRef;
  fixes?: Fix[];
}

/** Where the text is being written; rules may be limited to platforms, limits depend on surface. */
export const SURFACES = ['post', 'comment', 'message', 'inmail'] as const;
export type Surface = (typeof SURFACES)[number];

export interface CheckContext {
  platform?: Platform;
  surface?: Surface;
  /** Locale of messages, e.g. "en" or "ru"; falls back to English. */
  locale?: string;
  /** For rules with an active date window (quiet periods). Defaults to now. */
  now?: Date;
}
