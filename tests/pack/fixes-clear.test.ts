import { describe, expect, it } from 'vitest';
import { core, examples } from './helpers.ts';

// A quick fix must actually fix: applying it removes that finding (and never breaks the text around it).
const cases = core.rules.flatMap((rule) =>
  rule.examples.bad.map((text) => [rule.id, text, rule.examplePlatform ?? rule.platforms?.[0]] as const),
);

describe('every quick fix offered on a bad example clears its finding', () => {
  it.each(cases)('%s: %j', (ruleId, text, platform) => {
    const context = { platform };
    const findings = examples.check(text, context).filter((f) => f.ruleId === ruleId);
    for (const finding of findings) {
      const fix = finding.fixes?.[0];
      if (!fix) continue;
      const fixed = text.slice(0, finding.start) + fix.replacement + text.slice(finding.end);
      const after = examples.check(fixed, context).filter((f) => f.ruleId === ruleId);
      expect(after.length, `after “${fix.label}”: ${fixed}`).toBeLessThan(findings.length);
    }
  });
});
