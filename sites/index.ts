/** Picks the adapter for the current host and recognises composers, falling back to generic. */
import type { Site } from '../lib/contracts.ts';
import type { ComposerInfo, SiteAdapter } from './types.ts';
import { xAdapter } from './x.ts';
import { linkedinAdapter } from './linkedin.ts';
import { recogniseGeneric } from './generic.ts';

export type { ComposerInfo, SiteAdapter } from './types.ts';

const BY_HOST: Record<string, SiteAdapter> = {
  'x.com': xAdapter,
  'twitter.com': xAdapter,
  'mobile.x.com': xAdapter,
  'www.linkedin.com': linkedinAdapter,
};

export function adapterFor(hostname: string): SiteAdapter | null {
  return BY_HOST[hostname] ?? null;
}

export function siteOf(hostname: string): Site | null {
  return adapterFor(hostname)?.site ?? null;
}

export function recognise(adapter: SiteAdapter, editor: HTMLElement): ComposerInfo | null {
  return adapter.recognise(editor) ?? recogniseGeneric(editor);
}
