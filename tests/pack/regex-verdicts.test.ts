import { describe, expect, it } from 'vitest';
import { shippedRegexes } from '../../rules/engine/node.ts';
import { regexKey, storedVerdicts } from '../../rules/engine/redos.ts';

describe('stored ReDoS verdicts of the shipped packs', () => {
  it('cover every regular expression, so loading a shipped pack never depends on how fast recheck runs', () => {
    const missing = shippedRegexes()
      .map(({ source, flags }) => regexKey(source, flags))
      .filter((key) => !storedVerdicts().has(key));
    expect(missing, 'a pattern changed: run `npm run regex-verdicts` and commit rules/packs/regex-verdicts.json').toEqual([]);
  });
});
