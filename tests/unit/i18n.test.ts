import { describe, expect, test } from 'vitest';
import { catalogs, PLURAL_SUFFIXES, resolveLocale, setLocale, t } from '../../lib/i18n.ts';

const PLURAL = new RegExp(`\\.(${PLURAL_SUFFIXES.join('|')})$`);

/** Message keys without their plural suffix: "pill.warn.few" → "pill.warn". */
function baseKeys(messages: Record<string, string>): Set<string> {
  return new Set(Object.keys(messages).map((k) => k.replace(PLURAL, '')));
}

describe('locale files', () => {
  test('English and Russian exist and define the same messages', () => {
    expect(Object.keys(catalogs).sort()).toEqual(expect.arrayContaining(['en', 'ru']));
    const en = baseKeys(catalogs.en!);
    for (const [locale, messages] of Object.entries(catalogs)) {
      expect([...baseKeys(messages)].sort(), `keys of ${locale}`).toEqual([...en].sort());
    }
  });

  test('every plural message has each form its locale needs', () => {
    for (const [locale, messages] of Object.entries(catalogs)) {
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = new Set(Object.keys(messages).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const key of plurals) for (const form of forms) expect(messages, `${locale} ${key}.${form}`).toHaveProperty(`${key}.${form}`);
    }
  });
});

describe('t', () => {
  test('fills placeholders and picks Russian plural forms', () => {
    setLocale('ru');
    expect(t('pill.warn', { count: 1 })).toBe('1 предупреждение');
    expect(t('pill.warn', { count: 3 })).toBe('3 предупреждения');
    expect(t('pill.warn', { count: 5 })).toBe('5 предупреждений');
    expect(t('pill.warn', { count: 21 })).toBe('21 предупреждение');
    setLocale('en');
    expect(t('pill.warn', { count: 2 })).toBe('2 warnings');
    expect(t('pill.name', { summary: '1 must fix' })).toBe('Postcoach: 1 must fix');
  });

  test('falls back to English for unknown locales and returns unknown keys as they are', () => {
    expect(resolveLocale('auto', 'ru-RU')).toBe('ru');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('fr')).toBe('en');
    setLocale('de');
    expect(t('dialog.title')).toBe('Before you post');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
