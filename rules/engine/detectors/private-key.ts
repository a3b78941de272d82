import type { Detector, DetectorMatch } from './types.ts';

// Dashes may have been turned into en/em dashes by the editor; "RSA", "EC", "OPENSSH", "ENCRYPTED",
// "PGP" and friends go before PRIVATE KEY.
const DASHES = '[-–—]{1,5}';
const BEGIN = new RegExp(`${DASHES} ?BEGIN ((?:[A-Z0-9]{1,12} ){0,3})PRIVATE KEY(?: BLOCK)? ?${DASHES}`, 'g');
// Base64 body lines, and "Proc-Type: 4,ENCRYPTED"-style header lines of encrypted PEM keys.
const BODY_LINE = /^[ \t]*(?:[A-Za-z0-9+/=]{16,}|[A-Za-z-]{1,20}: [A-Za-z0-9,-]{1,80})[ \t]*$/;
const MAX_KEY_LENGTH = 20_000;

/** Where the key whose BEGIN line ends at `bodyStart` ends: its END line, else its last body line. */
function keyEnd(text: string, bodyStart: number, kind: string): number {
  const window = text.slice(0, bodyStart + MAX_KEY_LENGTH);
  const endMarker = new RegExp(`${DASHES} ?END ${kind}PRIVATE KEY(?: BLOCK)? ?${DASHES}`, 'g');
  endMarker.lastIndex = bodyStart;
  const end = endMarker.exec(window);
  if (end) return end.index + end[0].length;
  // The body may follow on the BEGIN line itself (a key pasted as one line, or inside a JSON string
  // with literal "\n" escapes) and on the next lines.
  const sameLine = /^[ \t]*((?:\\n)?[A-Za-z0-9+/=]{16,}(?:\\n[A-Za-z0-9+/=]{1,})*)?/.exec(window.slice(bodyStart, bodyStart + 8192))!;
  let last = sameLine[1] ? bodyStart + sameLine[0].length : bodyStart;
  const newline = window.indexOf('\n', bodyStart);
  let lineStart = newline === -1 ? window.length : newline + 1;
  while (lineStart < window.length) {
    const newline = window.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? window.length : newline;
    const line = window.slice(lineStart, lineEnd);
    if (!BODY_LINE.test(line)) break;
    last = lineStart + line.trimEnd().length;
    lineStart = lineEnd + 1;
  }
  return last;
}

export const privateKey: Detector = {
  name: 'private-key',
  description: 'PEM/OpenSSH/PGP private keys ("-----BEGIN … PRIVATE KEY-----" and its body); a lone BEGIN line counts too.',
  scope: 'post',
  keywords: ['private key'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(BEGIN)) {
      const start = m.index;
      const end = keyEnd(text, start + m[0].length, m[1]!);
      const previous = matches.at(-1);
      if (previous && start < previous.end) continue;
      matches.push({ start, end, label: 'private key' });
    }
    return matches;
  },
};
