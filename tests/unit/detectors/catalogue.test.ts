import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DETECTORS } from '../../../rules/engine/detectors/index.ts';

const readme = readFileSync(new URL('../../../rules/engine/detectors/README.md', import.meta.url), 'utf8');
const documented = [...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);

describe('detector catalogue', () => {
  it('documents exactly the registered detectors, in registry order', () => {
    expect(documented).toEqual([...DETECTORS.keys()]);
  });

  it('registers each detector under its own kebab-case name', () => {
    for (const [name, detector] of DETECTORS) {
      expect(detector.name).toBe(name);
      expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });

  it('uses whole-post scope only for secrets that span lines', () => {
    const postScoped = [...DETECTORS.values()].filter((d) => d.scope === 'post').map((d) => d.name);
    expect(postScoped).toEqual(['private-key']);
  });
});
