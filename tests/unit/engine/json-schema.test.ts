import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../../rules/engine/json-schema.ts';

describe('schema/pack.schema.json', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(readFileSync('schema/pack.schema.json', 'utf8')).toBe(packJsonSchema());
  });
});
