import { describe, expect, it } from 'vitest';
import { findingOf, withOrg } from './helpers.ts';

// Spacing, invisible characters, look-alike letters and "(at)"/"[dot]" must not hide what a rule looks for,
// and the finding must still point at exactly what the employee typed.
const CASES: [string, string, string][] = [
  ['a codename with a zero-width space', 'Pro\u200Bject Heron ships soon', 'core.confidential.codename'],
  ['a codename spelled out with spaces', 'Late night on H e r o n again, Project H e r o n', 'core.confidential.codename'],
  ['a codename with a Cyrillic look-alike letter', 'Project Hеron is almost done', 'core.confidential.codename'],
  ['an e-mail written with (at) and [dot]', 'Thanks jane (at) example [dot] com for the help', 'core.personal-data.email'],
  ['an access key split by a zero-width joiner', 'key AKIAZ7Q4\u200DM2XW9RTB3K6N oops', 'core.credentials.aws-access-key-id'],
  ['profanity with a soft hyphen inside', 'What the fu\u00ADck is this', 'core.respect.profanity'],
];

describe('evasion', () => {
  it.each(CASES)('catches %s', (_, text, ruleId) => {
    const finding = findingOf(withOrg, text, ruleId, { platform: 'x' });
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.excerpt);
  });

  it('does not mistake an ordinary word for a codename', () => {
    expect(findingOf(withOrg, 'Saw a heron by the river on my run.', 'core.confidential.codename')).toBeUndefined();
  });
});
