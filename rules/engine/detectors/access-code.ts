import type { DetectorMatch } from './types.ts';
import { HIDDEN_VALUE } from './mask.ts';

// Codes that open a door, a gate, an alarm or a safe: "Door code for the Lisbon office changed to 4471#",
// "alarm PIN: 0852", "Код от домофона в новом офисе: 2580". Digits only count after such a lock word and a
// code word, a few words apart; a year after "in"/"since" is no code.
const LOCK = String.raw`(?:door|gate|alarm|safe|locker|keypad|entry|entrance|building|garage|lockbox|key\s?box|padlock|server\s?room|bike\s?room|двер\p{L}*|домофон\p{L}*|сейф\p{L}*|сигнализаци\p{L}*|ворот\p{L}*|замк\p{L}*|калитк\p{L}*|шкафчик\p{L}*)`;
const CODE = String.raw`(?:codes?|pin|passcode|combo|combination|код\p{L}*|пин(?:-?код)?)`;
const FEW_WORDS = String.raw`(?:\s{1,2}[^\s\d]{1,20}){0,6}?`;
const ACCESS_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${LOCK}\s{1,2}${CODE}|${CODE}\s{1,2}(?:(?:for|to|of|от|для)\s{1,2}(?:the\s{1,2}|our\s{1,2})?)?${LOCK})(?![\p{L}\p{N}])${FEW_WORDS}\s{0,2}[:=—–-]?\s{0,2}(\d{3,8}[#*]?)(?![\p{N}]|[.,:/%]\d)`,
  'giu',
);
const YEAR_AFTER_PREPOSITION = /(?:^|\s)(?:in|since|from|by|until|before|after|of|в|с|до|после)\s{1,2}$/iu;

export const ACCESS_CODE_KEYWORDS = ['door', 'gate', 'alarm', 'safe', 'locker', 'keypad', 'entr', 'building', 'garage', 'box', 'padlock', 'room', 'двер', 'домофон', 'сейф', 'сигнализац', 'ворот', 'замк', 'калитк', 'шкафчик'];

/** Door, gate, alarm and safe codes; reported by password-assignment. */
export function accessCodes(text: string): DetectorMatch[] {
  const matches: DetectorMatch[] = [];
  for (const m of text.matchAll(ACCESS_CODE)) {
    const code = m[1]!;
    const start = m.index + m[0].length - code.length;
    if (/^(?:19|20)\d\d$/.test(code) && YEAR_AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 10), start))) continue;
    matches.push({ start, end: start + code.length, label: 'access code', replacement: HIDDEN_VALUE });
  }
  return matches;
}
