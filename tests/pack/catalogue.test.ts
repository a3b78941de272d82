import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { core } from './helpers.ts';

const catalogue = readFileSync('docs/rules.md', 'utf8');

describe('docs/rules.md', () => {
  it.each(core.rules.map((r) => [r.id, r.severity] as const))('lists %s with its severity', (id, severity) => {
    const row = catalogue.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${severity} |`);
  });
});
