import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('slack-token', () => {
  it.each([
    ['bot token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['xoxp-1234-5678-9012-abcdef1234567890 leaked', 'xoxp-1234-5678-9012-abcdef1234567890'],
    ['SLACK_TOKEN="xoxa-2-1234567890-abcdefABCDEF1234"', 'xoxa-2-1234567890-abcdefABCDEF1234'],
    ['(xoxs-98765-43210-qwertyuiop12)', 'xoxs-98765-43210-qwertyuiop12'],
    [
      'app xapp-1-A0123456789-1234567890123-0123456789abcdef0123456789abcdef0123456789abcdef',
      'xapp-1-A0123456789-1234567890123-0123456789abcdef0123456789abcdef0123456789abcdef',
    ],
  ])('finds the token in %j', (text, token) => {
    expectOne('slack-token', text, token);
  });

  it.each([
    'xox-nope',
    'xoxb-',
    'xoxb-1234-short',
    'hugs and xoxo-xoxo to all',
    'xoxz-1234-5678-abcdefgh12345',
    'myxoxb-123456789012-1234567890123-AbCdEfGhIjKl',
  ])('ignores %j', (text) => {
    expectNone('slack-token', text);
  });
});
