import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import { lintSource } from '@secretlint/core';
import { creator as secretlintRecommended } from '@secretlint/secretlint-rule-preset-recommend';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import type { Category } from '../../rules/engine/categories.ts';
import type { CorpusPost } from './corpus.ts';

/** Another tool scored in the one category it covers. */
export interface Peer {
  name: string;
  category: Category;
  /** How its output was mapped to the category, printed under the table. */
  note: string;
  flags(text: string): Promise<boolean>;
}

export interface PeerRun {
  flaggedIds: Set<string>;
  msPerPost: number[];
}

/** Posts run untimed first, so a peer's one-time start-up does not count as time per post. */
const WARM_UP_POSTS = 20;

export async function runPeer(peer: Peer, posts: readonly CorpusPost[]): Promise<PeerRun> {
  for (const post of posts.slice(0, WARM_UP_POSTS)) await peer.flags(post.text);
  const flaggedIds = new Set<string>();
  const msPerPost: number[] = [];
  for (const post of posts) {
    const started = performance.now();
    const flagged = await peer.flags(post.text);
    msPerPost.push(performance.now() - started);
    if (flagged) flaggedIds.add(post.id);
  }
  return { flaggedIds, msPerPost };
}

const alexPeer: Peer = {
  name: 'alex',
  category: 'inclusive-language',
  note: 'alex: every message counts as inclusive-language, including its profanity ones (retext-profanities)',
  flags: async (text) => alexText(text).messages.length > 0,
};

const alexEqualityPeer: Peer = {
  name: 'alex (equality only)',
  category: 'inclusive-language',
  note: 'alex (equality only): only retext-equality messages, its profanity messages ignored',
  flags: async (text) => alexText(text).messages.some((message) => message.source === 'retext-equality'),
};

const secretlintConfig = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlintRecommended }],
};

const secretlintPeer: Peer = {
  name: 'secretlint',
  category: 'credentials',
  note: 'secretlint: @secretlint/core lintSource with the recommended preset; any message counts as credentials',
  flags: async (text) => {
    const result = await lintSource({
      source: { content: text, filePath: 'post.txt', contentType: 'text' },
      options: { config: secretlintConfig, noPhysicFilePath: true },
    });
    return result.messages.length > 0;
  },
};

const obscenityMatcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

const obscenityPeer: Peer = {
  name: 'obscenity',
  category: 'respect',
  note: 'obscenity: RegExpMatcher(englishDataset + englishRecommendedTransformers); any match counts as respect',
  flags: async (text) => obscenityMatcher.hasMatch(text),
};

export const PEERS: readonly Peer[] = [alexPeer, alexEqualityPeer, secretlintPeer, obscenityPeer];
