import type { Detector, DetectorMatch } from './types.ts';

// Dashes may have been turned into en/em dashes by the editor; "RSA", "EC", "OPENSSH", "ENCRYPTED",
// "PGP" and friends go before PRIVATE KEY.
const DASHES = '[-–—]{1,5}';
const BEGIN = new RegExp(`${DASHES} ?BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)? ?${DASHES}`, 'g');
const END = new RegExp(`${DASHES} ?END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)? ?${DASHES}`, 'g');
// Base64 body lines, and "Proc-Type: 4,ENCRYPTED"-style header lines of encrypted PEM keys.
const BODY_LINE = /^[ \t]*(?:[A-Za-z0-9+/=]{16,}|[A-Za-z-]{1,20}: [A-Za-z0-9,-]{1,80})[ \t]*$/;
const MAX_KEY_LENGTH = 20_000;

/** Where a key without an END line ends: after the body lines that follow its BEGIN line. */
function bodyEnd(text: string, bodyStart: number): number {
  const body = text.slice(bodyStart, bodyStart + MAX_KEY_LENGTH);
  // The body may follow on the BEGIN line itself (a key pasted as one line, or inside a JSON string
  // with literal "\n" escapes) and on the next lines.
  const sameLine = /^[ \t]*((?:\\n)?[A-Za-z0-9+/=]{16,}(?:\\n[A-Za-z0-9+/=]{1,})*)?/.exec(body)!;
  let last = sameLine[1] ? sameLine[0].length : 0;
  const newline = body.indexOf('\n');
  let lineStart = newline === -1 ? body.length : newline + 1;
  while (lineStart < body.length) {
    const nextNewline = body.indexOf('\n', lineStart);
    const lineEnd = nextNewline === -1 ? body.length : nextNewline;
    const line = body.slice(lineStart, lineEnd);
    if (!BODY_LINE.test(line)) break;
    last = lineStart + line.trimEnd().length;
    lineStart = lineEnd + 1;
  }
  return bodyStart + last;
}

export const privateKey: Detector = {
  name: 'private-key',
  description: 'PEM/OpenSSH/PGP private keys ("-----BEGIN … PRIVATE KEY-----" and its body); a lone BEGIN line counts too.',
  scope: 'post',
  keywords: ['private key'],
  find(text) {
    const matches: DetectorMatch[] = [];
    const ends = [...text.matchAll(END)].map((m) => m.index + m[0].length);
    let nextEnd = 0;
    for (const m of text.matchAll(BEGIN)) {
      const start = m.index;
      const previous = matches.at(-1);
      if (previous && start < previous.end) continue;
      const bodyStart = start + m[0].length;
      while (nextEnd < ends.length && ends[nextEnd]! <= bodyStart) nextEnd++;
      const endLine = ends[nextEnd];
      const end = endLine !== undefined && endLine - bodyStart <= MAX_KEY_LENGTH ? endLine : bodyEnd(text, bodyStart);
      matches.push({ start, end, label: 'private key' });
    }
    return matches;
  },
};
