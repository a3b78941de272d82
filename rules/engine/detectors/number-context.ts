import { textAround } from './nearby.ts';
import { VERSION_WORDS } from './version-context.ts';

// A number right after one of these is an identifier (order, ticket, version…), not personal data.
const IDENTIFIER_BEFORE = new RegExp(
  String.raw`(?:[#№]|(?<![\p{L}\p{N}])(?:order|orders|invoice|inv|ticket|ref|reference|id|no|nr|case|po|sku|item|tracking|issue|pr|${VERSION_WORDS}|заказ|заказа|счёт|счет|счёта|счета|накладная)\.?)[\s:#№-]{0,3}\(?$`,
  'iu',
);
const CURRENCY_BEFORE = /(?:[$€£¥₽]|(?<![\p{L}])(?:usd|eur|gbp|rub|руб\.?))\s?$/iu;
const CURRENCY_AFTER =
  /^\s?(?:[$€£¥₽%]|(?:usd|eur|gbp|rub|руб|р\.|dollars?|euros?|k|m|bn|млн|тыс|рублей|долларов)(?![\p{L}]))/iu;

/** True when the digits at [start, end) read as an order number, version, price or percentage. */
export function isIdentifierOrAmount(text: string, start: number, end: number): boolean {
  const { before, after } = textAround(text, start, end, 24, 12);
  return IDENTIFIER_BEFORE.test(before) || CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}
