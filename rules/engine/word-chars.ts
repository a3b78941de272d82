/** What counts as a word character in every script: letters, digits, marks and the underscore. */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

const IS_WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && IS_WORD_CHAR.test(ch);
}
