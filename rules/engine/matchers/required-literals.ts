import { caselessPieceChar } from './needles.ts';

/**
 * Pieces of text of which every match of a regular expression contains at least one (lower-cased,
 * see caselessPieceChar), read from its source: the prefilter of a pattern written without
 * `keywords:`. Conservative: any construct it does not know, or an alternative without a literal,
 * gives undefined (no prefilter), never a piece that a match could lack.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const reader = new Reader(source);
    const info = reader.disjunction();
    if (reader.pos < source.length) return undefined;
    const best = bestSet(info);
    return best && best.every((s) => s.length > 0) ? [...new Set(best)] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pieces of text with one of which every match of a regular expression begins (lower-cased, as
 * requiredLiterals), so the expression need only be tried where one of them starts; undefined
 * when a match could begin otherwise (an optional first part, a class, \p{…}).
 */
export function leadingLiterals(source: string): string[] | undefined {
  try {
    const reader = new Reader(source);
    const leading = leadingOf(reader.disjunction());
    return reader.pos === source.length && leading ? [...new Set(leading)] : undefined;
  } catch {
    return undefined;
  }
}

/** What is known of the strings a part of the expression matches. */
interface Info {
  /** Every string it can match, when few (lower-cased). */
  exact?: string[];
  /** Strings of which every match contains one. */
  required?: string[];
  /** Non-empty strings with one of which every match begins, when `exact` does not already say so. */
  leading?: string[];
}

function leadingOf(info: Info): string[] | undefined {
  if (info.leading) return info.leading;
  return info.exact && info.exact.length > 0 && !info.exact.includes('') ? info.exact : undefined;
}

const MAX_EXACT = 64;
const MAX_REQUIRED = 1000;
const NOTHING_KNOWN: Info = {};
const ZERO_WIDTH: Info = { exact: [''] };

class Unsupported extends Error {}

class Reader {
  pos = 0;
  constructor(private readonly src: string) {}

  disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exact = alternatives.every((a) => a.exact) ? alternatives.flatMap((a) => a.exact!) : undefined;
    const sets = alternatives.map(bestSet);
    const required = sets.every((s) => s !== undefined) ? sets.flat() : undefined;
    const starts = alternatives.map(leadingOf);
    const leading = starts.every((s) => s !== undefined) ? starts.flat() : undefined;
    return {
      exact: exact && exact.length <= MAX_EXACT ? exact : undefined,
      required: required && required.length <= MAX_REQUIRED ? required : undefined,
      leading: leading && leading.length <= MAX_REQUIRED ? leading : undefined,
    };
  }

  private alternative(): Info {
    let run: string[] | undefined = [''];
    const candidates: string[][] = [];
    let allExact = true;
    // How every match begins: the exact run from the start, or what begins the first item after zero-width ones.
    let leading: string[] | undefined;
    const settleLeading = (next: Info | undefined) => {
      if (!allExact) return;
      const onlyZeroWidth = run?.length === 1 && run[0] === '';
      leading = run && !run.includes('') ? run : onlyZeroWidth && next ? leadingOf(next) : undefined;
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const item = this.quantified();
      if (item.exact && run) {
        const joined: string[] = run.flatMap((a) => item.exact!.map((b) => a + b));
        if (joined.length <= MAX_EXACT) {
          run = joined;
          continue;
        }
      }
      settleLeading(item);
      if (run) candidates.push(run);
      if (item.required) candidates.push(item.required);
      run = item.exact;
      allExact = false;
    }
    settleLeading(undefined);
    if (run) candidates.push(run);
    const required = candidates.reduce<string[] | undefined>((best, set) => (better(set, best) ? set : best), undefined);
    return { exact: allExact ? run : undefined, required, leading };
  }

  private quantified(): Info {
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    const { min, max } = quantifier;
    const best = bestSet(atom);
    if (min === 0) return max === 1 && atom.exact ? { exact: [...atom.exact, ''] } : NOTHING_KNOWN;
    if (min === 1 && max === 1) return atom;
    return { required: best, leading: leadingOf(atom) };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const ch = this.src[this.pos];
    let q: { min: number; max: number } | undefined;
    if (ch === '*') q = { min: 0, max: Infinity };
    else if (ch === '+') q = { min: 1, max: Infinity };
    else if (ch === '?') q = { min: 0, max: 1 };
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported('{');
      const min = Number(m[1]);
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
      this.pos += m[0].length - 1;
    }
    if (!q) return undefined;
    this.pos++;
    if (this.src[this.pos] === '?') this.pos++;
    return q;
  }

  private atom(): Info {
    const ch = this.src[this.pos]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    this.pos++;
    if (ch === '^' || ch === '$') return ZERO_WIDTH;
    if (ch === '.') return NOTHING_KNOWN;
    if ('*+?{}]|'.includes(ch)) throw new Unsupported(ch);
    return literal(String.fromCodePoint(this.src.codePointAt(this.pos - 1)!), this);
  }

  /** Moves past the low surrogate of a character read at pos - 1, if it was a pair. */
  skipLowSurrogate(ch: string): void {
    if (ch.length === 2) this.pos++;
  }

  private group(): Info {
    this.pos++;
    let lookaround = false;
    if (this.src.startsWith('?:', this.pos)) this.pos += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
      lookaround = true;
      this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.pos)) {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) throw new Unsupported('(?<');
      this.pos = end + 1;
    } else if (this.src[this.pos] === '?') throw new Unsupported('(?');
    const inner = this.disjunction();
    if (this.src[this.pos] !== ')') throw new Unsupported('(');
    this.pos++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  private characterClass(): Info {
    this.pos++;
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const members: (string | undefined)[] = [];
    while (this.src[this.pos] !== ']') {
      if (this.pos >= this.src.length) throw new Unsupported('[');
      let member: string | undefined;
      if (this.src[this.pos] === '\\') {
        member = this.escapedChar(true);
      } else {
        member = String.fromCodePoint(this.src.codePointAt(this.pos)!);
        this.pos += member.length;
      }
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']') {
        // A range: skip its upper end, and know nothing of the class.
        this.pos++;
        if (this.src[this.pos] === '\\') this.escapedChar(true);
        else this.pos += String.fromCodePoint(this.src.codePointAt(this.pos)!).length;
        member = undefined;
      }
      members.push(member);
    }
    this.pos++;
    if (negated || members.length === 0 || members.length > 16) return NOTHING_KNOWN;
    const exact: string[] = [];
    for (const member of members) {
      const lower = member?.toLowerCase();
      if (lower === undefined || [...lower].length !== 1 || !caselessPieceChar(lower)) return NOTHING_KNOWN;
      exact.push(lower);
    }
    return { exact };
  }

  private escape(): Info {
    const next = this.src[this.pos + 1];
    if (next === 'b' || next === 'B') {
      this.pos += 2;
      return ZERO_WIDTH;
    }
    const ch = this.escapedChar(false);
    return ch === undefined ? NOTHING_KNOWN : literal(ch, undefined);
  }

  /**
   * The character an escape stands for, or undefined for a class or a back-reference (\d, \p{L},
   * \1, \k<name>). Moves past the escape.
   */
  escapedChar(inClass: boolean): string | undefined {
    const next = this.src[this.pos + 1];
    if (next === undefined) throw new Unsupported('\\');
    this.pos += 2;
    if ('dDwWsS'.includes(next)) return undefined;
    if (next === 'p' || next === 'P') {
      const end = this.src.indexOf('}', this.pos);
      if (this.src[this.pos] !== '{' || end < 0) throw new Unsupported('\\p');
      this.pos = end + 1;
      return undefined;
    }
    if (next === 'k') {
      const end = this.src.indexOf('>', this.pos);
      if (end < 0) throw new Unsupported('\\k');
      this.pos = end + 1;
      return undefined;
    }
    if (/[1-9]/.test(next)) {
      while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++;
      return undefined;
    }
    if (next === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported('\\u');
      this.pos += m[0].length;
      return String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16));
    }
    if (next === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.pos));
      if (!m) throw new Unsupported('\\x');
      this.pos += 2;
      return String.fromCharCode(parseInt(m[0], 16));
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (next in controls) return controls[next];
    if (next === 'c' || (next === 'b' && !inClass)) throw new Unsupported(`\\${next}`);
    if (next === 'b') return '\b';
    if (next === '-' && !inClass) throw new Unsupported('\\-');
    // With the u flag, only syntax characters (and "-" in a class) may be escaped: they stand for themselves.
    if (!/[\^$\\.*+?()[\]{}|/-]/.test(next)) throw new Unsupported(`\\${next}`);
    return next;
  }
}

/** One literal character, already read (moves past a surrogate pair's second half when `reader` is given). */
function literal(ch: string, reader: Reader | undefined): Info {
  reader?.skipLowSurrogate(ch);
  const lower = ch.toLowerCase();
  return [...lower].length === 1 && caselessPieceChar(lower) ? { exact: [lower] } : NOTHING_KNOWN;
}

/** The more selective of what is known: the set whose shortest string is longest (then the smaller set). */
function bestSet(info: Info): string[] | undefined {
  return better(info.exact, info.required) ? info.exact : info.required;
}

function better(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || a.length === 0) return false;
  if (!b || b.length === 0) return true;
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}
