/**
 * Decodes base64url (or base64) text to a string of bytes as characters, or undefined when it is not
 * valid. Uses atob, not Buffer: the engine also runs in the browser.
 */
export function decodeBase64Url(encoded: string): string | undefined {
  if (encoded.length % 4 === 1) return undefined;
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  try {
    return globalThis.atob(padded);
  } catch {
    return undefined;
  }
}
