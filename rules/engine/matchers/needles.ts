import { isWordChar } from '../word-chars.ts';

/**
 * Prefilters of every matcher in the packs, tested in one pass over a sentence. A gate lists pieces
 * of text of which a sentence must contain at least one for its matcher to be worth running
 * (`keywords:`, the first word of each term, …). The packs have hundreds of gates and a thousand
 * pieces; testing each with `includes` cost more than most matchers themselves.
 */
export interface Needle {
  /** Compared with the lower-cased sentence: as written for `exact` needles, else see caselessKey. */
  readonly text: string;
  /** Counts only where no word character precedes it. */
  readonly wordStart?: boolean;
  /**
   * Exact: present when `lower.includes(text)` (the meaning of `keywords:`). Caseless: present
   * wherever a case-insensitive regular expression could match the text (see caselessPieceChar).
   */
  readonly caseless?: boolean;
}

export interface Gate {
  readonly index: NeedleIndex;
  readonly id: number;
}

/** The gates of the needles that end at one trie node and are found the same way. */
interface Group {
  /** Index into the walk's `done` marks. */
  id: number;
  /** EXACT or CASELESS: which pass over the sentence can find them. */
  kind: number;
  wordStart: boolean;
  /** Its gates note every place a needle starts (see ScanResult.starts); others stop at the first. */
  positional: boolean;
  gates: number[];
}

/** What one pass over a sentence found. */
export interface ScanResult {
  /** 1 for each gate that passes. */
  readonly passed: Uint8Array;
  /** For a positional gate: every offset (ascending) where one of its needles starts and counts. */
  readonly starts: (number[] | undefined)[];
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  groups: Group[] | undefined;
}

const EXACT = 1;
const CASELESS = 2;

export class NeedleIndex {
  private readonly root: TrieNode = { next: new Map(), groups: undefined };
  private rootArray: (TrieNode | undefined)[] | undefined;
  private gateCount = 0;
  private groupCount = 0;
  /** done[group] === walks: the group's gates were all passed in this walk, so it is not looked at again. */
  private done = new Uint32Array(0);
  private walks = 0;

  /**
   * A gate passing where any of the needles is present (never without needles); undefined (always
   * passes) when one is empty. A positional gate also tells where its needles start.
   */
  gate(needles: readonly Needle[], options: { positional?: boolean } = {}): Gate | undefined {
    const positional = options.positional === true;
    if (needles.some((n) => n.text.length === 0)) return undefined;
    if (this.rootArray) throw new Error('needle index: a gate was added after the first scan');
    const id = this.gateCount++;
    for (const needle of needles) {
      let node = this.root;
      for (let i = 0; i < needle.text.length; i++) {
        const code = needle.text.charCodeAt(i);
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = { next: undefined, groups: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      const kind = needle.caseless ? CASELESS : EXACT;
      const wordStart = needle.wordStart === true;
      let group = node.groups?.find((g) => g.kind === kind && g.wordStart === wordStart && g.positional === positional);
      if (!group) {
        group = { id: this.groupCount++, kind, wordStart, positional, gates: [] };
        (node.groups ??= []).push(group);
      }
      if (!group.gates.includes(id)) group.gates.push(id);
    }
    return { index: this, id };
  }

  /** The gates that pass on the sentence whose lower-cased text is `lower` (and where, for positional ones). */
  scan(lower: string): ScanResult {
    if (!this.rootArray) {
      this.rootArray = rootTable(this.root.next!);
      this.done = new Uint32Array(this.groupCount);
    }
    const result: ScanResult = { passed: new Uint8Array(this.gateCount), starts: [] };
    const key = caselessKey(lower);
    if (key === lower) {
      this.walk(lower, EXACT | CASELESS, result);
    } else {
      this.walk(lower, EXACT, result);
      this.walk(key, CASELESS, result);
    }
    return result;
  }

  private walk(text: string, kinds: number, { passed, starts }: ScanResult): void {
    const rootMap = this.root.next!;
    const rootArray = this.rootArray!;
    const done = this.done;
    const walk = ++this.walks;
    for (let start = 0; start < text.length; start++) {
      const first = text.charCodeAt(start);
      let node = first < ROOT_TABLE_SIZE ? rootArray[first] : rootMap.get(first);
      if (node === undefined) continue;
      // Whether a word character comes before `start`, looked up once and only when a needle asks.
      let afterWord: boolean | undefined;
      for (let i = start + 1; node !== undefined; i++) {
        const groups = node.groups;
        if (groups !== undefined) {
          for (let g = 0; g < groups.length; g++) {
            const group = groups[g]!;
            if (done[group.id] === walk || (kinds & group.kind) === 0) continue;
            if (group.wordStart && (afterWord ??= start > 0 && isWordCode(text.charCodeAt(start - 1)))) continue;
            for (const gate of group.gates) {
              passed[gate] = 1;
              if (group.positional) {
                const at = (starts[gate] ??= []);
                if (at[at.length - 1] !== start) at.push(start);
              }
            }
            if (!group.positional) done[group.id] = walk;
          }
        }
        if (node.next === undefined || i >= text.length) break;
        node = node.next.get(text.charCodeAt(i));
      }
    }
  }
}

/** Latin and Cyrillic first letters are looked up in an array, the rest in the root's map. */
const ROOT_TABLE_SIZE = 0x500;

function rootTable(root: Map<number, TrieNode>): (TrieNode | undefined)[] {
  return Array.from({ length: ROOT_TABLE_SIZE }, (_, code) => root.get(code));
}

const ASCII_WORD = new Uint8Array(128).map((_, code) => (isWordChar(String.fromCharCode(code)) ? 1 : 0));

/** isWordChar for one UTF-16 code unit, without a regular expression for ASCII. */
export function isWordCode(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isWordChar(String.fromCharCode(code));
}

/**
 * Cyrillic small letter variants that a case-insensitive (`iu`) regular expression equates with
 * everyday letters (ᲀ = в) although their lower case differs. A sentence's lower case with these
 * folded contains the lower case of every caseless piece that the expression could match there (a
 * unit test runs every code point against every letter caselessPieceChar allows).
 */
const FOLD_TOO: Record<string, string> = {
  '\u1c80': 'в', '\u1c81': 'д', '\u1c82': 'о', '\u1c83': 'с', '\u1c84': 'т', '\u1c85': 'т', '\u1c86': 'ъ', '\u1c87': 'ѣ',
};
const NEEDS_FOLD = /[\u1c80-\u1c87]/;
const FOLDABLE = /[\u1c80-\u1c87]/g;

export function caselessKey(lower: string): string {
  return NEEDS_FOLD.test(lower) ? lower.replace(FOLDABLE, (ch) => FOLD_TOO[ch]!) : lower;
}

/**
 * Characters whose presence the caseless key tells exactly: printable ASCII, Latin-1 letters,
 * Cyrillic, typographic dashes and quotes, and emoji (no case at all). A regex literal outside
 * these (Greek, dotted I, …) ends a piece instead. Segments are NFKC-normalised, so the letters
 * that fold into ASCII without being its lower case (long s, Kelvin sign) never reach a regex.
 */
const PIECE_CHAR = /^(?:[\x20-\x7e\u00df-\u00f6\u00f8-\u00ff\u0430-\u045f\u2010-\u201f\ufe0f\u200d]|\p{Extended_Pictographic})$/u;

/** True when a lower-cased literal character (one code point) can be part of a caseless needle. */
export function caselessPieceChar(ch: string): boolean {
  return PIECE_CHAR.test(ch) && ch.toLowerCase() === ch;
}
