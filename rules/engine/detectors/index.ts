import type { Detector } from './types.ts';
import { email } from './email.ts';
import { phone } from './phone.ts';
import { paymentCard } from './payment-card.ts';
import { iban } from './iban.ts';
import { usSsn } from './us-ssn.ts';
import { streetAddress } from './street-address.ts';
import { ruPassport } from './ru-passport.ts';
import { awsAccessKeyId } from './aws-access-key-id.ts';
import { awsSecretKey } from './aws-secret-key.ts';
import { githubToken } from './github-token.ts';
import { slackToken } from './slack-token.ts';
import { slackWebhook } from './slack-webhook.ts';
import { stripeLiveKey } from './stripe-live-key.ts';
import { googleApiKey } from './google-api-key.ts';
import { vendorToken } from './vendor-token.ts';
import { jwt } from './jwt.ts';
import { privateKey } from './private-key.ts';
import { passwordAssignment } from './password-assignment.ts';
import { wifiKey } from './wifi-key.ts';
import { urlCredentials } from './url-credentials.ts';
import { highEntropyToken } from './high-entropy-token.ts';
import { codename } from './codename.ts';
import { internalHost } from './internal-host.ts';
import { privateIp } from './private-ip.ts';
import { confidentialMarker } from './confidential-marker.ts';
import { insiderSource } from './insider-source.ts';
import { datedPlan } from './dated-plan.ts';
import { negativeSentiment } from './negative-sentiment.ts';
import { personalInsult } from './personal-insult.ts';
import { profanity } from './profanity.ts';

export type { Detector, DetectorContext, DetectorMatch } from './types.ts';

/** Every built-in detector, by the name rules use in `match: { type: detector, detector: NAME }`. */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [
    // personal data
    email, phone, paymentCard, iban, usSsn, streetAddress, ruPassport,
    // credentials
    awsAccessKeyId, awsSecretKey, githubToken, slackToken, slackWebhook, stripeLiveKey, googleApiKey, vendorToken, jwt,
    privateKey, passwordAssignment, wifiKey, urlCredentials, highEntropyToken,
    // confidential
    codename, internalHost, privateIp, confidentialMarker, insiderSource, datedPlan,
    // evaluation (English)
    negativeSentiment, personalInsult,
    // respect (English and Russian)
    profanity,
  ].map((detector) => [detector.name, detector]),
);
