import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

export const slackToken = patternDetector({
  name: 'slack-token',
  description: 'Slack API tokens (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp-).',
  keywords: ['xox', 'xapp-'],
  // xoxb- (bot), xoxp- (user), xoxa-/xoxr- (app/refresh), xoxs-; and xapp- app-level tokens.
  pattern:
    /(?<![A-Za-z0-9_-])(?:xox[abeoprs]-(?:[0-9A-Za-z]{1,40}-){1,5}[0-9A-Za-z]{8,64}|xapp-\d-[A-Z0-9]{8,16}-\d{8,16}-[a-z0-9]{32,80})(?![A-Za-z0-9_-])/g,
  skip: isDocumentedExample,
  label: 'Slack token',
  replacement: (found) => maskSecret(found),
});
