import type { Detector, DetectorMatch } from './types.ts';

// "<number> <Capitalised words> <street type>": the street name must be capitalised, so prose such
// as "3 ways to…" or "10 best places" does not read as an address.
const STREET_TYPES =
  'Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Parkway|Highway|Square|Row|Close|Crescent|Mews|Grove|Gardens|Circle|Trail|Alley|Plaza|Wynd|Quay|Embankment';
const ABBREVIATED_STREET_TYPES = 'St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Hwy|Sq|Cres|Gdns|Cir';
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,#$-])(\d{1,5})[A-Za-z]?(?: (?:[NSEW]\.?|[A-Z][\p{L}'-]{0,30}|\d{1,3}(?:st|nd|rd|th))){1,4} (?:(?:${STREET_TYPES})|(?:${ABBREVIATED_STREET_TYPES})\.?)(?![\p{L}\p{N}])`,
  'gu',
);
// "ул. Ленина, д. 5, кв. 12": a street word, a name, and a house number (a street name alone is no address).
const RUSSIAN =
  /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная|б-р|бульвар|пл\.|площадь)\s?[\p{Lu}\d][\p{L}\d .-]{0,40}?,\s?(?:д\.|дом)\s?\d{1,4}[\p{L}]?(?:(?:,\s?|\s)(?:кв\.|квартира|корп\.|корпус|стр\.|строение|к\.)\s?\d{1,4}){0,3}/gu;

// Without the street word: a capitalised street, a house number and a flat ("Садовой, 12, кв. 45"), or a
// street and house told as where someone lives ("живёт на Садовой, 12", "проживает по адресу Лесная 5").
const RUSSIAN_FLAT = /(?<![\p{L}])\p{Lu}[\p{L}-]{2,30},?\s\d{1,4}[\p{L}]?(?:\/\d{1,3})?,?\s(?:кв\.|квартира)\s?\d{1,4}/gu;
const RUSSIAN_HOME =
  /(?<=(?:живёт|живет|живут|проживает|проживают)\s(?:на|по\sадресу:?)\s)(?:ул\.\s?)?\p{Lu}[\p{L}-]{2,30},?\s(?:д\.\s?)?\d{1,4}[\p{L}]?(?![\p{N}])/gu;

// Any street name, whatever its type word, when a postcode follows the town: "22 Elm Row, Edinburgh EH7 4AA"
// (UK), "77 Maple Grove, Springfield, IL 62704" (US state + ZIP).
const CAPITALISED_WORDS = (max: number) => String.raw`[A-Z][\p{L}'-]{0,30}(?: [A-Z][\p{L}'-]{0,30}){0,${max - 1}}`;
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}`;
const US_STATE_ZIP = String.raw`[A-Z]{2} \d{5}(?:-\d{4})?`;
const POSTCODED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,#$-])\d{1,5}[A-Za-z]? ${CAPITALISED_WORDS(4)}, ?${CAPITALISED_WORDS(3)},? (?:${UK_POSTCODE}|${US_STATE_ZIP})(?![\p{L}\p{N}])`,
  'gu',
);
// Continental order: street and number, then postcode and town: "Keizersgracht 123, 1015 CJ Amsterdam",
// "ul. Długa 5/12, 00-950 Warszawa", "Bahnhofstrasse 10, 8001 Zürich", "Storgatan 12, 114 51 Stockholm",
// "Rua Augusta 24, 1100-053 Lisboa". A four-digit year is not a postcode ("Windows 11, 2024 Edition").
const CONTINENTAL_POSTCODE = String.raw`(?:\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3} \d{2}|\d{4,5})`;
const CONTINENTAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:(?:ul|al|os|pl)\. ?)?${CAPITALISED_WORDS(3)} \d{1,4}[a-z]?(?:\/\d{1,4})?, ?(?!(?:19|20)\d\d )${CONTINENTAL_POSTCODE} [A-Z\u00C0-\u017F][\p{L}-]{1,30}`,
  'gu',
);
// The street type first, French style, with a house number before it: "14 Rue des Lilas", "3 avenue Victor Hugo",
// "8 bis, boulevard de la Croisette".
const FRENCH = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,#$-])\d{1,4}(?: ?(?:bis|ter))?,? (?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Aa]llée|[Cc]hemin|[Ii]mpasse|[Qq]uai|[Cc]ours) (?:(?:de|des|du|la|le) |[ld]['’])*\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30}){0,3}`,
  'gu',
);
// A street named by its suffix and a house number, in German, Dutch and Nordic use: "Lindenstraße 7",
// "Prinsengracht 263", "Storgatan 12", "Nørregade 4". Short suffixes that are also words (ring, weg) need a postcode.
const SUFFIXED = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}{2,30}(?:straße|strasse|gasse|allee|straat|gracht|laan|plein|kade|gatan|vägen|gade|vej|veien)\s?\d{1,4}[a-z]?(?![\p{L}\p{N}])/gu;
// A house number and a capitalised street told as where someone lives or is from, whatever its type word:
// "lives at 14 Oak Close", "Dariusz Kowalczyk of 22 Elm Row, Edinburgh", "home address is 9 Thistle Crescent".
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const HOUSE = String.raw`(\d{1,5}[A-Za-z]?\s(?!(?:${MONTH})\b)${CAPITALISED_WORDS(3)})`;
const TOLD_AS_HOME = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:lives?|living|resides?|residing|staying)\s(?:at|on)|home\saddress(?:\sis)?:?|(?:his|her|their)\saddress(?:\sis|\sas)?:?)\s${HOUSE}(?=[,.!;]|\s(?:in|near)\s|$)|\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\sof\s${HOUSE}(?=,\s?\p{Lu})`,
  'gu',
);

// The rarer shapes run only where a cheap sign of them is: a postcode, a flat, a word for living somewhere.
const PREFILTERED: readonly (readonly [RegExp, RegExp])[] = [
  [RUSSIAN, /ул\.|улиц|пр-т|просп|переул|пер\.|шоссе|ш\.|наб|б-р|бульвар|пл\.|площад/iu],
  [RUSSIAN_FLAT, /кв\.|квартира/iu],
  [RUSSIAN_HOME, /жив|прожива/iu],
  [POSTCODED, new RegExp(String.raw`(?:${UK_POSTCODE}|${US_STATE_ZIP})(?![\p{L}\p{N}])`, 'u')],
  [CONTINENTAL, new RegExp(String.raw`\d, ?${CONTINENTAL_POSTCODE} [A-Z\u00C0-\u017F]`, 'u')],
  [FRENCH, /\d,? (?:rue|avenue|boulevard|place|allée|chemin|impasse|quai|cours) /iu],
  [SUFFIXED, /(?:straße|strasse|gasse|allee|straat|gracht|laan|plein|kade|gatan|vägen|gade|vej|veien)\s?\d/iu],
];
const TOLD_AS_HOME_HINT = /liv(?:e|es|ing)\s|resid|staying|address|\sof\s\d/iu;

// "In 2024 Main Street Bank…": a year after a preposition is not a house number.
const YEAR_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|since|by|from|until|of|after|before)\s$/iu;

/** The longest of overlapping matches, in text order. */
function withoutNested(matches: DetectorMatch[]): DetectorMatch[] {
  const sorted = matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DetectorMatch[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end > last.end) kept[kept.length - 1] = { ...last, start: last.start, end: m.end };
      continue;
    }
    kept.push(m);
  }
  return kept;
}

export const streetAddress: Detector = {
  name: 'street-address',
  description:
    'Street addresses where cheaply recognisable: "221B Baker Street", "1600 Pennsylvania Ave", "22 Elm Row, Edinburgh EH7 4AA", "Keizersgracht 123, 1015 CJ Amsterdam", "lives at 14 Oak Close", "ул. Ленина, д. 5".',
  scope: 'segment',
  find(text) {
    if (!/\d/.test(text)) return [];
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(ENGLISH)) {
      const number = m[1]!;
      const isYear = /^(?:19|20)\d\d$/.test(number);
      if (isYear && YEAR_AFTER_PREPOSITION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'street address' });
    }
    for (const [pattern, prefilter] of PREFILTERED) {
      if (!prefilter.test(text)) continue;
      for (const m of text.matchAll(pattern)) matches.push({ start: m.index, end: m.index + m[0].length, label: 'street address' });
    }
    if (!TOLD_AS_HOME_HINT.test(text)) return withoutNested(matches);
    for (const m of text.matchAll(TOLD_AS_HOME)) {
      const house = m[1] ?? m[2]!;
      const end = m.index + m[0].length;
      matches.push({ start: end - house.length, end, label: 'street address' });
    }
    return withoutNested(matches);
  },
};
