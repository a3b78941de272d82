import type { Detector } from './types.ts';
import { email } from './email.ts';
import { paymentCard } from './payment-card.ts';

export type { Detector, DetectorContext, DetectorMatch } from './types.ts';

/** Every built-in detector, by the name rules use in `match: { type: detector, detector: NAME }`. */
export const DETECTORS: ReadonlyMap<string, Detector> = new Map(
  [email, paymentCard].map((detector) => [detector.name, detector]),
);
