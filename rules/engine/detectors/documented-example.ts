// Keys that vendors print in their documentation, and the fillers docs put where a key goes. Posting
// one leaks nothing, and people post them to talk about secret scanning or to teach.
//   AWS ends every sample key with EXAMPLE (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,
//   AKIAI44QH8DHBEXAMPLE…); Slack and others fill the secret part with X or 0
//   (hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX); jwt.io's debugger
//   opens on a token signed with "your-256-bit-secret".
const DOCUMENTED_PARTS = ['SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'];
const EXAMPLE_MARK = /example(?:key)?$/i;
const FILLER_RUN = /([Xx0*•])\1{7}/;

/** True when a key-shaped value is a documented sample or a filler rather than a real secret. */
export function isDocumentedExample(value: string): boolean {
  return EXAMPLE_MARK.test(value) || FILLER_RUN.test(value) || DOCUMENTED_PARTS.some((part) => value.includes(part));
}
