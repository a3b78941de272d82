import type { Detector, DetectorMatch } from './types.ts';

const WEBHOOK =
  /(?:https?:\/\/)?hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{16,40}|(?:workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Za-z0-9/_-]{10,120})/gi;

export const slackWebhook: Detector = {
  name: 'slack-webhook',
  description: 'Slack incoming-webhook and workflow URLs (hooks.slack.com/services/T…/B…/…): anyone with one can post to the channel.',
  scope: 'segment',
  keywords: ['hooks.slack.com'],
  find(text) {
    return [...text.matchAll(WEBHOOK)].map(
      (m): DetectorMatch => ({
        start: m.index,
        end: m.index + m[0].length,
        label: 'Slack webhook URL',
        replacement: 'https://hooks.slack.com/services/••••••••',
      }),
    );
  },
};
