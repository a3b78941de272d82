const BULLET = '•';

/** Keeps the last `keep` digits and the punctuation, hides the other digits: "+7 ••• •••-••-89". */
export function maskDigits(text: string, keep: number): string {
  let toHide = (text.match(/\d/g)?.length ?? 0) - keep;
  return text.replace(/\d/g, (d) => (toHide-- > 0 ? BULLET : d));
}

/** A secret shown by its first few characters only: "AKIA••••••••". */
export function maskSecret(secret: string, keepStart = 4): string {
  const shown = secret.length > keepStart * 3 ? secret.slice(0, keepStart) : '';
  return `${shown}${BULLET.repeat(8)}`;
}

export const HIDDEN_VALUE = BULLET.repeat(8);
