import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../../rules/engine/detectors/index.ts';
import { NORTHWIND } from './detector-test-kit.ts';

// Long runs of the characters the detectors' patterns repeat over. A pattern that backtracks
// catastrophically never returns on these; the per-test timeout is only the hang guard.
const UNITS = [
  'a', '1', '1 ', '@', '-', '=', '.', ' ', '\n', 'a@', 'a.', '1-', '1.', '1.1.', 'aA1', 'a-', '(1)', '+1 ', '0 ', '12 ',
  'eyJ', 'eyJa.', 'ghp_', 'xoxb-1-', 'AKIA', 'AIza', 'A1', 'a:b@', '://', 'a.b.', 'H e r o ', 'H.', 'Project ', 'corp.',
  'a.internal.', '10.', '-----BEGIN ', 'BEGIN A ', 'ул. А', 'password: ', 'pwd=', 'wifi ', 'WIFI:T:', 'P:;', 'key ',
  'DE89 ', 'A ', '1 A ', 'internal ', "don't share ", 'not ', 'as a/', 'as ', 'a(собака)', '(собака)', '[точка]',
  'pass: ', 'ssid ', '\\n', '-----BEGIN RSA PRIVATE KEY-----\n', 'AAAAAAAAAAAAAAAA\\n', 'паспорт 12 ', 'HERON ',
  'https://a.corp/', 'a.b.corp.northwind.example.', 'ul. ', 'ул. А, ', 'between us ', 'wifi password ',
];
const LENGTH = 50_000;

function adversarial(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH) + '!';
}

describe.each([...DETECTORS.values()])('$name on adversarial input', (detector) => {
  it(
    'returns on 50 000-character repetitions',
    () => {
      for (const unit of UNITS) {
        const text = adversarial(unit);
        const matches = detector.find(text, { org: NORTHWIND, options: {} });
        for (const m of matches) expect(m.end).toBeLessThanOrEqual(text.length);
      }
    },
    20_000,
  );
});
