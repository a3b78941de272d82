import { normalizeForMatching, type NormalizedText } from './normalize.ts';
import { parseNlp, type NlpDoc } from './matchers/nlp.ts';
import { foldedView, type FoldedView } from './matchers/leet.ts';
import type { Hit, SegmentInput, SegmentNode } from './matchers/types.ts';
import type { Gate, NeedleIndex, ScanResult } from './matchers/needles.ts';

/** Most nodes find nothing in most sentences: they all share this one empty list instead of a new one each. */
export const NO_HITS: Hit[] = Object.freeze([]) as unknown as Hit[];

/** Everything known about one segment's text: its normalised form and each node's hits, computed on demand. */
export class SegmentState implements SegmentInput {
  readonly text: string;
  readonly lower: string;
  private readonly normalized: NormalizedText;
  private doc: NlpDoc | undefined;
  private foldedText: FoldedView | undefined;
  // Indexed by node id: ids are small and dense, and these lookups run for every node on every sentence.
  private readonly hits: (Hit[] | undefined)[] = [];
  private readonly originalHits: (Hit[] | undefined)[] = [];
  private readonly prepared = new Set<number>();
  private gatesOf: NeedleIndex | undefined;
  private scanned: ScanResult | undefined;

  constructor(original: string) {
    this.normalized = normalizeForMatching(original);
    this.text = this.normalized.text;
    this.lower = this.text.toLowerCase();
  }

  nlp(): NlpDoc {
    this.doc ??= parseNlp(this.text);
    return this.doc;
  }

  folded(): FoldedView {
    this.foldedText ??= foldedView(this);
    return this.foldedText;
  }

  passes(gate: Gate): boolean {
    return this.scan(gate).passed[gate.id] === 1;
  }

  startsOf(gate: Gate): readonly number[] {
    return this.scan(gate).starts[gate.id] ?? [];
  }

  private scan(gate: Gate): ScanResult {
    if (this.gatesOf !== gate.index) {
      this.scanned = gate.index.scan(this.lower);
      this.gatesOf = gate.index;
    }
    return this.scanned!;
  }

  hitsOf(node: SegmentNode): Hit[] {
    let hits = this.hits[node.id];
    if (!hits) {
      const found = node.run(this);
      hits = found.length === 0 ? NO_HITS : found.filter((h) => h.start >= 0 && h.end > h.start && h.end <= this.text.length);
      this.hits[node.id] = hits;
    }
    return hits;
  }

  /** Forgets every node's hits (not the NLP parse), so the next hitsOf runs the nodes again. */
  forgetHits(): void {
    this.hits.length = 0;
    this.originalHits.length = 0;
    this.prepared.clear();
  }

  /** True the first time a post-scope node is prepared on this segment (see CheckRun), false after. */
  markPrepared(nodeId: number): boolean {
    if (this.prepared.has(nodeId)) return false;
    this.prepared.add(nodeId);
    return true;
  }

  /** Hits in offsets of the original segment text. */
  originalHitsOf(node: SegmentNode): Hit[] {
    let hits = this.originalHits[node.id];
    if (!hits) {
      const found = this.hitsOf(node);
      hits = found.length === 0 ? NO_HITS : found.map((hit) => {
        const [start, end] = this.normalized.toOriginal(hit.start, hit.end);
        return { ...hit, start, end };
      });
      this.originalHits[node.id] = hits;
    }
    return hits;
  }
}

/** Least-recently-used cache of segment states, so an edit re-checks only what changed. */
export class SegmentCache {
  private readonly entries = new Map<string, SegmentState>();

  constructor(private readonly capacity = 2000) {}

  get(text: string): SegmentState {
    let state = this.entries.get(text);
    if (state) {
      this.entries.delete(text);
    } else {
      state = new SegmentState(text);
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(text, state);
    return state;
  }
}
