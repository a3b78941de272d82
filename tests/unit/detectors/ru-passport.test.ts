import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('ru-passport', () => {
  it.each([
    ['Паспорт клиента 4510 723914, выдан ОВД', '4510 723914'],
    ['серия 45 10 № 723914', '45 10 № 723914'],
    ['паспортные данные: 4510723914', '4510723914'],
    ['passport 4510 723914 (RU)', '4510 723914'],
    ['4510 723914 — его паспорт', '4510 723914'],
  ])('finds the passport number in %j', (text, found) => {
    expectOne('ru-passport', text, found);
  });

  it.each([
    'Тираж 4510 723914 экземпляров',
    'паспорт проекта v2, бюджет 1 500 000',
    'passport photo 4510-723914-1',
    'Паспорт 45107239145 (слишком длинный)',
    'серия 4.5 10 723914',
  ])('ignores %j', (text) => {
    expectNone('ru-passport', text);
  });

  it('keeps only the last two digits in the suggestion', () => {
    expect(expectOne('ru-passport', 'паспорт 4510 723914', '4510 723914').replacement).toBe('•••• ••••14');
  });
});
