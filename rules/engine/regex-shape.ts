import { isWordChar } from './word-chars.ts';

/**
 * Reads regular-expression source just far enough to tell, for each `\b`, whether the character
 * right after it (or right before it) is always a word character. Such a `\b` needs only a
 * one-sided check, which V8 compiles many times faster than the two-sided Unicode boundary.
 */

/** A lookaround consumes nothing, so it counts as 'other' for the shape but its own `\b`s still get classified. */
type Atom =
  | { kind: 'word' }
  | { kind: 'group'; alternatives: Item[][] }
  | { kind: 'lookaround'; alternatives: Item[][] }
  | { kind: 'other' };

type Item = { kind: 'atom'; atom: Atom; minCount: number } | { kind: 'boundary'; offset: number };

/** One member of a character class or one escape: a literal character, or a class (then `char` is absent). */
interface Member {
  word: boolean;
  char?: string;
}

export type BoundarySide = 'word-follows' | 'word-precedes' | 'unknown';

/** Source offset of every `\b` outside a character class, with what is known about its sides. */
export function classifyBoundaries(source: string): Map<number, BoundarySide> {
  const reader = new Reader(source);
  const alternatives = reader.alternatives();
  if (reader.pos < source.length) throw new SyntaxError(`unmatched ")" at ${reader.pos}`);
  const sides = new Map<number, BoundarySide>();
  classifyIn(alternatives, sides);
  return sides;
}

function classifyIn(alternatives: Item[][], sides: Map<number, BoundarySide>): void {
  for (const sequence of alternatives) {
    sequence.forEach((item, index) => {
      if (item.kind === 'boundary') {
        sides.set(
          item.offset,
          startsWithWord(sequence, index + 1) ? 'word-follows' : endsWithWord(sequence, index) ? 'word-precedes' : 'unknown',
        );
      } else if (item.atom.kind === 'group' || item.atom.kind === 'lookaround') {
        classifyIn(item.atom.alternatives, sides);
      }
    });
  }
}

function startsWithWord(sequence: Item[], from: number): boolean {
  for (let i = from; i < sequence.length; i++) {
    const item = sequence[i]!;
    if (item.kind === 'boundary') continue;
    return item.minCount > 0 && atomStartsWithWord(item.atom);
  }
  return false;
}

function endsWithWord(sequence: Item[], before: number): boolean {
  for (let i = before - 1; i >= 0; i--) {
    const item = sequence[i]!;
    if (item.kind === 'boundary') continue;
    return item.minCount > 0 && atomEndsWithWord(item.atom);
  }
  return false;
}

function atomStartsWithWord(atom: Atom): boolean {
  if (atom.kind === 'group') return atom.alternatives.every((alt) => startsWithWord(alt, 0));
  return atom.kind === 'word';
}

function atomEndsWithWord(atom: Atom): boolean {
  if (atom.kind === 'group') return atom.alternatives.every((alt) => endsWithWord(alt, alt.length));
  return atom.kind === 'word';
}

const WORD: Atom = { kind: 'word' };
const OTHER: Atom = { kind: 'other' };
const WORD_PROPERTY = /^(?:L|Letter|Lu|Ll|Lt|Lm|Lo|N|Number|Nd|Nl|No|M|Mark|Mn|Mc|Me|Alphabetic|Alpha)$/;
const LONGEST_RANGE_CHECKED = 4096;

class Reader {
  pos = 0;
  constructor(private readonly src: string) {}

  alternatives(): Item[][] {
    const alternatives: Item[][] = [[]];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos]!;
      if (ch === ')') break;
      if (ch === '|') {
        this.pos++;
        alternatives.push([]);
        continue;
      }
      alternatives[alternatives.length - 1]!.push(this.item());
    }
    return alternatives;
  }

  private item(): Item {
    const start = this.pos;
    if (this.src.startsWith('\\b', start)) {
      this.pos += 2;
      return { kind: 'boundary', offset: start };
    }
    const atom = this.atom();
    return { kind: 'atom', atom, minCount: this.quantifierMin() };
  }

  private atom(): Atom {
    const ch = this.src[this.pos]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.pos += ch.codePointAt(0)! > 0xffff ? 2 : 1;
    if (ch === '.' || ch === '^' || ch === '$') return OTHER;
    return isWordChar(ch) ? WORD : OTHER;
  }

  private group(): Atom {
    this.pos++;
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.src.slice(this.pos, this.pos + 3));
    const prefix = /^\?(?:<[\p{L}\p{N}_$]+>|[a-z-]*:)/u.exec(this.src.slice(this.pos, this.pos + 64));
    this.pos += (lookaround ?? prefix)?.[0].length ?? 0;
    const alternatives = this.alternatives();
    if (this.src[this.pos] !== ')') throw new SyntaxError('unterminated group');
    this.pos++;
    return { kind: lookaround ? 'lookaround' : 'group', alternatives };
  }

  private characterClass(): Atom {
    this.pos++;
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    let wordOnly = !negated;
    let previous: string | undefined;
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new SyntaxError('unterminated character class');
      if (this.src[this.pos] === '-' && previous !== undefined && this.src[this.pos + 1] !== ']') {
        this.pos++;
        const last = this.classMember();
        wordOnly &&= last.char !== undefined && rangeIsWord(previous, last.char);
        previous = undefined;
        continue;
      }
      const member = this.classMember();
      wordOnly &&= member.word;
      previous = member.char;
    }
    this.pos++;
    return wordOnly ? WORD : OTHER;
  }

  private classMember(): Member {
    if (this.src[this.pos] === '\\') return this.escapeMember();
    const char = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += char.length;
    return { word: isWordChar(char), char };
  }

  private escape(): Atom {
    return this.escapeMember().word ? WORD : OTHER;
  }

  /** Consumes one escape: the literal character it stands for, or whether the class it names holds only word characters. */
  private escapeMember(): Member {
    const letter = this.src[this.pos + 1] ?? '';
    this.pos += 2;
    if (letter === 'w' || letter === 'd') return { word: true };
    if (letter === 'p' || letter === 'P' || letter === 'k') {
      const close = this.src.indexOf(letter === 'k' ? '>' : '}', this.pos);
      if (close < 0) throw new SyntaxError('unterminated escape');
      const name = this.src.slice(this.pos + 1, close);
      this.pos = close + 1;
      return { word: letter === 'p' && WORD_PROPERTY.test(name.replace(/^(?:General_Category|gc)=/, '')) };
    }
    if (letter === 'c') {
      this.pos++;
      return { word: false };
    }
    const char = letter === 'u' || letter === 'x' ? this.codePointEscape(letter) : /[0-9sSWDBbfnrtv]/.test(letter) ? undefined : letter;
    return char === undefined ? { word: false } : { word: isWordChar(char), char };
  }

  private codePointEscape(letter: 'u' | 'x'): string | undefined {
    const braced = letter === 'u' && this.src[this.pos] === '{';
    const match = braced
      ? /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos))
      : new RegExp(`^([0-9a-fA-F]{${letter === 'u' ? 4 : 2}})`).exec(this.src.slice(this.pos));
    if (!match) return undefined;
    this.pos += match[0].length;
    const codePoint = Number.parseInt(match[1]!, 16);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
  }

  private quantifierMin(): number {
    const ch = this.src[this.pos];
    let min = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.pos++;
      if (ch !== '+') min = 0;
    } else if (ch === '{') {
      const braces = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!braces) return 1;
      this.pos += braces[0].length;
      min = Number(braces[1]);
    } else {
      return 1;
    }
    if (this.src[this.pos] === '?') this.pos++;
    return min;
  }
}

function rangeIsWord(from: string, to: string): boolean {
  const first = from.codePointAt(0)!;
  const last = to.codePointAt(0)!;
  if (last < first || last - first > LONGEST_RANGE_CHECKED) return false;
  for (let codePoint = first; codePoint <= last; codePoint++) {
    if (!isWordChar(String.fromCodePoint(codePoint))) return false;
  }
  return true;
}
