import type { OrgProfile, LocalizedText } from './schema.ts';

/** The text of a message in a locale ("ru", "ru-RU"), falling back to English. */
export function localize(text: LocalizedText, locale = 'en'): string {
  if (typeof text === 'string') return text;
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  return text[locale] ?? text[language] ?? text.en;
}

/**
 * Fills {name} placeholders from vars and {org.field} from the profile (first value of a list).
 * Returns undefined when a placeholder has no value, so no half-filled fix is ever offered.
 */
export function fillTemplate(
  template: string,
  vars: Readonly<Record<string, string | number | undefined>>,
  org: OrgProfile,
): string | undefined {
  let missing = false;
  const filled = template.replace(/\{([\w.]+)\}/g, (_, name: string) => {
    const value = name.startsWith('org.') ? firstValue(org[name.slice(4) as keyof OrgProfile]) : vars[name];
    if (value === undefined || value === '') missing = true;
    return String(value ?? '');
  });
  return missing ? undefined : filled;
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
