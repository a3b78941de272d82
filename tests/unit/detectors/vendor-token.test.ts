import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const OPENAI = 'sk-proj-4fGh7JkL9mNpQ2rStUvWxYz0aBcDeFgHiJkLmNoPqRsTuVwX';
const SENDGRID = 'SG.aBcDeFgHiJkLmNoPqRsTuV.wXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ012';

describe('vendor-token', () => {
  it.each([
    [`who leaked ${OPENAI} into the notebook?`, OPENAI, 'OpenAI API key'],
    ['my glpat-x7Yz9AbC2dEf4GhI6jKl is still valid', 'glpat-x7Yz9AbC2dEf4GhI6jKl', 'GitLab token'],
    ['bot 7123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0 in the README', '7123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0', 'Telegram bot token'],
    [`key ${SENDGRID}`, SENDGRID, 'SendGrid API key'],
    ['//registry.npmjs.org/:_authToken=npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'npm_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 'npm token'],
    ['HF_TOKEN hf_a1cdefghijklmnopqrstuvwxyzABCDEFGH', 'hf_a1cdefghijklmnopqrstuvwxyzABCDEFGH', 'Hugging Face token'],
  ])('finds the token in %j', (text, token, label) => {
    expect(expectOne('vendor-token', text, token).label).toBe(label);
  });

  it.each([
    'OpenAI keys start with sk- and GitLab tokens with glpat-, add both to your scanner',
    'read my post sk-this-is-a-very-long-slug-about-keys-and-more',
    'task-1234567890abcdefghijklmnopqrstuvwxyzABCDEF',
    'glpat-short',
    `x${OPENAI}`,
    'sk-proj-EXAMPLE0123456789abcdefghijklmnopqrstuvwxEXAMPLE',
  ])('ignores %j', (text) => {
    expectNone('vendor-token', text);
  });

  it('suggests a masked token', () => {
    expect(expectOne('vendor-token', `key ${OPENAI}`, OPENAI).replacement).toBe('sk-p••••••••');
  });
});
