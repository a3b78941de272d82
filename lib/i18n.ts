/**
 * UI strings: flat JSON message files per area (locales/<locale>/<area>.json), merged per locale.
 * `t(key, params)` fills `{name}` placeholders; with a numeric `count` it picks the plural form
 * `key.one|few|many|other` by the locale's plural rules. Unknown locales and missing keys fall
 * back to English; a key missing everywhere is returned as is so the gap is visible, not fatal.
 */
import type { UiLocale } from './contracts.ts';

export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;

export const FALLBACK_LOCALE = 'en';
export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const files = import.meta.glob('../locales/*/*.json', { eager: true, import: 'default' }) as Record<string, Messages>;

export const catalogs: Record<string, Messages> = {};
for (const [path, messages] of Object.entries(files)) {
  const locale = /locales\/([^/]+)\//.exec(path)?.[1];
  if (locale) catalogs[locale] = { ...catalogs[locale], ...messages };
}

let current = FALLBACK_LOCALE;

/** 'auto' follows the browser; anything we have no messages for becomes English. */
export function resolveLocale(setting: UiLocale | string | undefined, browserLanguage = globalThis.navigator?.language ?? FALLBACK_LOCALE): string {
  const wanted = !setting || setting === 'auto' ? browserLanguage : setting;
  const base = wanted.toLowerCase().split(/[-_]/)[0] ?? FALLBACK_LOCALE;
  return base in catalogs ? base : FALLBACK_LOCALE;
}

export function setLocale(setting: UiLocale | string | undefined): string {
  current = resolveLocale(setting);
  return current;
}

export function getLocale(): string {
  return current;
}

function lookup(locale: string, key: string, count: number | undefined): string | undefined {
  const messages = catalogs[locale];
  if (!messages) return undefined;
  if (count !== undefined) {
    const form = new Intl.PluralRules(locale).select(count);
    const plural = messages[`${key}.${form}`] ?? messages[`${key}.other`];
    if (plural !== undefined) return plural;
  }
  return messages[key];
}

export function t(key: string, params: Params = {}): string {
  const count = typeof params.count === 'number' ? params.count : undefined;
  const template = lookup(current, key, count) ?? lookup(FALLBACK_LOCALE, key, count) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
