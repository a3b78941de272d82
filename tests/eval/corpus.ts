import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CATEGORY_IDS, PLATFORMS } from '../../rules/engine/categories.ts';

export const CORPUS_PATH = fileURLToPath(new URL('../corpus/posts.jsonl', import.meta.url));
/** The fresh held-out set, written from policy.md by someone who never saw the pack; see tests/corpus/README.md. */
export const HOLDOUT_PATH = fileURLToPath(new URL('../corpus/blind.jsonl', import.meta.url));

const CorpusPostSchema = z
  .object({
    id: z.string().regex(/^(x|li)-\d{3,4}$/, 'ids look like "x-001" or "li-1001"'),
    platform: z.enum(PLATFORMS),
    lang: z.enum(['en', 'ru']),
    text: z.string().min(1),
    labels: z
      .array(z.enum(CATEGORY_IDS))
      .refine((labels) => new Set(labels).size === labels.length, 'a label is listed twice'),
  })
  .strict()
  .refine((post) => post.id.startsWith(post.platform === 'x' ? 'x-' : 'li-'), 'the id prefix names the platform');

export type CorpusPost = z.infer<typeof CorpusPostSchema>;

/** Parses a labeled corpus (JSON Lines); throws with the file name and line number of the first bad line. */
export function parseCorpus(source: string, name = 'posts.jsonl'): CorpusPost[] {
  const posts: CorpusPost[] = [];
  source.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${name}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = CorpusPostSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${name}:${index + 1}: ${issue?.path.join('.') || 'post'}: ${issue?.message}`);
    }
    posts.push(parsed.data);
  });
  return posts;
}

export function loadCorpus(path: string = CORPUS_PATH): CorpusPost[] {
  return parseCorpus(readFileSync(path, 'utf8'), basename(path));
}
