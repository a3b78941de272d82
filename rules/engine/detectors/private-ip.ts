import type { Detector, DetectorMatch } from './types.ts';
import { isNamedVersion } from './version-context.ts';

// Exactly four dotted numbers: "10.2.3" (a version) and "10.0.0.1.5" are not addresses.
const IPV4 = /(?<![\p{L}\p{N}_.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/\d{1,2})?(?::\d{1,5})?(?![\p{L}\p{N}_]|\.\d)/gu;

function octets(parts: readonly string[]): number[] | undefined {
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return undefined;
  const values = parts.map(Number);
  return values.every((v) => v <= 255) ? values : undefined;
}

/** The range an address belongs to, or undefined for public and loopback addresses. */
export function privateRange(a: number, b: number): string | undefined {
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private IP address';
  if (a === 169 && b === 254) return 'link-local IP address';
  return undefined;
}

export const privateIp: Detector = {
  name: 'private-ip',
  description:
    'Private (RFC 1918: 10/8, 172.16/12, 192.168/16) and link-local (169.254/16) IPv4 addresses; loopback and numbers named a version ("build 10.4.2.118") are ignored.',
  scope: 'segment',
  keywords: ['10.', '172.', '192.168.', '169.254.'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(IPV4)) {
      const values = octets(m.slice(1, 5) as string[]);
      const label = values && privateRange(values[0]!, values[1]!);
      if (!label) continue;
      const end = m.index + m[0].length;
      // "Build 10.4.2.118", "firmware 10.2.0.77": four-part version numbers look like addresses.
      if (isNamedVersion(text, m.index, end)) continue;
      matches.push({ start: m.index, end, label });
    }
    return matches;
  },
};
