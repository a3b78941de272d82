import type { Detector, DetectorMatch } from './types.ts';
import { maskSecret } from './mask.ts';

// xoxb- (bot), xoxp- (user), xoxa-/xoxr- (app/refresh), xoxs-; and xapp- app-level tokens.
const TOKEN =
  /(?<![A-Za-z0-9_-])(?:xox[abeoprs]-(?:[0-9A-Za-z]{1,40}-){1,5}[0-9A-Za-z]{8,64}|xapp-\d-[A-Z0-9]{8,16}-\d{8,16}-[a-z0-9]{32,80})(?![A-Za-z0-9_-])/g;

export const slackToken: Detector = {
  name: 'slack-token',
  description: 'Slack API tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp-).',
  scope: 'segment',
  keywords: ['xox', 'xapp-'],
  find(text) {
    return [...text.matchAll(TOKEN)].map(
      (m): DetectorMatch => ({ start: m.index, end: m.index + m[0].length, label: 'Slack token', replacement: maskSecret(m[0]) }),
    );
  },
};
