import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const HOOK = 'https://hooks.slack.com/services/T0ABC1234/B0DEF5678/abcdefGHIJKL12345678mnop';

describe('slack-webhook', () => {
  it.each([
    [`post to ${HOOK} please`, HOOK],
    [HOOK.replace('https://', ''), HOOK.replace('https://', '')],
    [`(${HOOK})`, HOOK],
    [`<${HOOK.replace('https', 'http')}>`, HOOK.replace('https', 'http')],
    ['https://hooks.slack.com/workflows/T0ABC1234/A0XYZ/123456/abcDEF', 'https://hooks.slack.com/workflows/T0ABC1234/A0XYZ/123456/abcDEF'],
  ])('finds the webhook in %j', (text, url) => {
    expectOne('slack-webhook', text, url);
  });

  it.each([
    'https://hooks.slack.com/ is where webhooks live',
    'https://api.slack.com/messaging/webhooks',
    'https://hooks.slack.com/services/',
    'https://hooks.slack.com/services/T0ABC1234',
    'hooks.slack.com/services/X0ABC1234/B0DEF5678/abcdefGHIJKL12345678mnop',
    // The filler Slack's documentation puts where the ids and secret go.
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  ])('ignores %j', (text) => {
    expectNone('slack-webhook', text);
  });
});
