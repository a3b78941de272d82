import { expect } from 'vitest';
import { DETECTORS, type Detector, type DetectorMatch } from '../../../rules/engine/detectors/index.ts';
import type { OrgProfile } from '../../../rules/engine/schema.ts';

export const NORTHWIND: OrgProfile = {
  name: 'Northwind Cloud',
  codenames: ['Project Heron', 'Osprey'],
  internalDomains: ['corp.northwind.example'],
};

export function detector(name: string): Detector {
  const found = DETECTORS.get(name);
  if (!found) throw new Error(`no detector named ${name}`);
  return found;
}

/** Runs a detector the way the engine does: skipped when none of its keywords occurs. */
export function run(name: string, text: string, org: OrgProfile = NORTHWIND): DetectorMatch[] {
  const d = detector(name);
  const lower = text.toLowerCase();
  if (d.keywords && !d.keywords.some((k) => lower.includes(k))) return [];
  return d.find(text, { org, options: {} });
}

/** Asserts exactly one match, covering exactly `expected` (its first occurrence in `text`). */
export function expectOne(name: string, text: string, expected: string, org?: OrgProfile): DetectorMatch {
  const matches = run(name, text, org);
  expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([expected]);
  const start = text.indexOf(expected);
  expect(matches[0]).toMatchObject({ start, end: start + expected.length });
  return matches[0]!;
}

export function expectNone(name: string, text: string, org?: OrgProfile): void {
  expect(run(name, text, org).map((m) => text.slice(m.start, m.end))).toEqual([]);
}
