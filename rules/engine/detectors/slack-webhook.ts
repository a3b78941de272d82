import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';

export const slackWebhook = patternDetector({
  name: 'slack-webhook',
  description: 'Slack incoming-webhook and workflow URLs (hooks.slack.com/services/T…/B…/…): anyone with one can post to the channel.',
  keywords: ['hooks.slack.com'],
  pattern:
    /(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,40}|(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Za-z0-9/_-]{10,120})/gi,
  skip: isDocumentedExample,
  label: 'Slack webhook URL',
  replacement: () => 'https://hooks.slack.com/services/••••••••',
});
