import type { CheckContext } from '../types.ts';
import type { OrgProfile } from '../schema.ts';
import type { NormalizedText } from '../normalize.ts';
import type { NlpDoc } from './nlp.ts';
import type { Gate, NeedleIndex } from './needles.ts';

/** A match of one matcher. Extra facts travel in `vars` to message and fix templates. */
export interface Hit {
  start: number;
  end: number;
  label?: string;
  replacement?: string;
  vars?: Readonly<Record<string, string | number>>;
}

/** One segment (sentence or line), normalised; hits are offsets into `text`. */
export interface SegmentInput {
  readonly text: string;
  readonly lower: string;
  nlp(): NlpDoc;
  /** The text with digits written for letters folded back ("C0ntoso" → "Contoso"), same length; see leet.ts. */
  folded(): { readonly text: string; readonly lower: string };
  /** Memoised result of another segment node on this segment. */
  hitsOf(node: SegmentNode): Hit[];
  /** Whether the segment has one of the gate's needles (all gates are tested in one pass, once). */
  passes(gate: Gate): boolean;
  /** For a positional gate: where its needles start in `lower` (ascending). */
  startsOf(gate: Gate): readonly number[];
}

/** The whole draft; hits are offsets into the original text. */
export interface PostInput {
  readonly original: string;
  readonly context: CheckContext;
  normalized(): NormalizedText;
  /** Hits of any node over the whole post, in original offsets (segment nodes gathered from every segment). */
  hitsOf(node: MatcherNode): Hit[];
}

export interface SegmentNode {
  readonly scope: 'segment';
  readonly id: number;
  run(segment: SegmentInput): Hit[];
}

export interface PostNode {
  readonly scope: 'post';
  readonly id: number;
  run(post: PostInput): Hit[];
}

export type MatcherNode = SegmentNode | PostNode;

export interface CompileEnv {
  readonly org: OrgProfile;
  /** Gives every node a distinct id (used for caching). */
  nextId(): number;
  /**
   * Nodes already compiled, by their matcher's JSON: a matcher written once and used by many rules
   * (a YAML anchor such as the company mention) becomes one node, so each sentence runs it once.
   */
  readonly compiled: Map<string, MatcherNode>;
  /** The prefilters of all nodes, tested together on each segment. */
  readonly needles: NeedleIndex;
}
