import type { Detector, DetectorMatch } from './types.ts';

// "<number> <Capitalised words> <street type>": the street name must be capitalised, so prose such
// as "3 ways to…" or "10 best places" does not read as an address.
const STREET_TYPES = 'Street|Avenue|Road|Boulevard|Lane|Drive|Court|Way|Place|Terrace|Parkway|Highway|Square';
const ABBREVIATED_STREET_TYPES = 'St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Hwy|Sq';
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,#$-])(\d{1,5})[A-Za-z]?(?: (?:[NSEW]\.?|[A-Z][\p{L}'-]{0,30}|\d{1,3}(?:st|nd|rd|th))){1,4} (?:(?:${STREET_TYPES})|(?:${ABBREVIATED_STREET_TYPES})\.?)(?![\p{L}\p{N}])`,
  'gu',
);
// "ул. Ленина, д. 5, кв. 12": a street word, a name, and a house number (a street name alone is no address).
const RUSSIAN =
  /(?<![\p{L}])(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|ш\.|шоссе|наб\.|набережная|б-р|бульвар|пл\.|площадь)\s?[\p{Lu}\d][\p{L}\d .-]{0,40}?,\s?(?:д\.|дом)\s?\d{1,4}[\p{L}]?(?:(?:,\s?|\s)(?:кв\.|квартира|корп\.|корпус|стр\.|строение|к\.)\s?\d{1,4}){0,3}/gu;

// "In 2024 Main Street Bank…": a year after a preposition is not a house number.
const YEAR_AFTER_PREPOSITION = /(?<![\p{L}])(?:in|since|by|from|until|of|after|before)\s$/iu;

export const streetAddress: Detector = {
  name: 'street-address',
  description: 'Street addresses where cheaply recognisable: "221B Baker Street", "1600 Pennsylvania Ave", "ул. Ленина, д. 5".',
  scope: 'segment',
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(ENGLISH)) {
      const number = m[1]!;
      const isYear = /^(?:19|20)\d\d$/.test(number);
      if (isYear && YEAR_AFTER_PREPOSITION.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'street address' });
    }
    for (const m of text.matchAll(RUSSIAN)) {
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'street address' });
    }
    return matches.sort((a, b) => a.start - b.start);
  },
};
