/**
 * Splits a draft into segments — lines and sentences — that are checked and cached one by one, so an
 * edit re-checks only the segment it touched. Matches never span segments, except for post-scope
 * matchers (multi-line secrets, limits, "anywhere in the post" conditions) that see the whole text.
 */
export interface Segment {
  start: number;
  end: number;
}

/** Longer runs without a sentence end are cut at a space, bounding the work any one regex can do. */
export const MAX_SEGMENT_LENGTH = 1000;

/** A period after these does not end a sentence ("ул. Ленина", "e.g. this", "Dr. Smith"). */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:ул|пр|пер|д|кв|стр|корп|г|им|т\.е|т\.к|e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|st|no|approx|inc|ltd|co)$/iu;

const SENTENCE_END = /[.!?…。！？]+["'”’)\]]*(?=\s)|\n/g;

export function splitSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    for (const piece of boundLength(text, start, end)) segments.push(piece);
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(start, m.index - 12), m.index))) continue;
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    if (end > start) push(end);
    start = m[0] === '\n' ? m.index + 1 : end;
  }
  if (start < text.length) push(text.length);
  return segments;
}

function* boundLength(text: string, start: number, end: number): Generator<Segment> {
  while (end - start > MAX_SEGMENT_LENGTH) {
    let cut = text.lastIndexOf(' ', start + MAX_SEGMENT_LENGTH);
    if (cut <= start) cut = start + MAX_SEGMENT_LENGTH;
    if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    yield { start, end: cut };
    start = cut;
  }
  yield { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
