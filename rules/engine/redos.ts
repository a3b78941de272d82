/**
 * Node only: ReDoS verdicts for pack regular expressions (recheck: automata theory + fuzzing).
 *
 * The engine never runs a pattern on more than one segment (MAX_SEGMENT_LENGTH characters), so recheck
 * looks for attack strings of at most that length, and a quadratic pattern (at most ~10⁶ steps on one
 * segment: milliseconds) is allowed; exponential and cubic or worse are not. recheck gives up after
 * ANALYSIS_BUDGET_MS and the pattern counts as "unknown" (allowed: the segment bound still holds), so a
 * verdict can depend on the machine's speed. The shipped packs' verdicts are therefore stored
 * (VERDICTS_PATH, written by `npm run regex-verdicts`) and never re-analysed: every machine agrees on them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { checkSync, type Diagnostics, type Parameters, type VulnerableDiagnostics } from 'recheck';
import { MAX_SEGMENT_LENGTH } from './segments.ts';

const ANALYSIS_BUDGET_MS = 10_000;
const HIGHEST_ALLOWED_DEGREE = 2;

const RECHECK_SETTINGS: Parameters = {
  timeout: ANALYSIS_BUDGET_MS,
  maxAttackStringSize: MAX_SEGMENT_LENGTH,
  attackLimit: 10_000_000,
};

const RECHECK_VERSION: string = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

export const VERDICTS_PATH = fileURLToPath(new URL('../packs/regex-verdicts.json', import.meta.url));

/** A stored verdict holds for one recheck version with one set of settings; any change voids them all. */
const VERDICTS_KEY = `recheck ${RECHECK_VERSION} ${JSON.stringify(RECHECK_SETTINGS)}`;

/** recheck's status, or "polynomial 2" for an allowed quadratic pattern. */
type StoredVerdict = string;
interface VerdictsFile {
  analysedWith: string;
  verdicts: Record<string, StoredVerdict>;
}

export const regexKey = (source: string, flags: string): string => `/${source}/${flags}`;

let stored: Map<string, StoredVerdict> | undefined;

/** The stored verdicts, or none when the file is missing or was written with other settings. */
export function storedVerdicts(): ReadonlyMap<string, StoredVerdict> {
  if (!stored) {
    const file = existsSync(VERDICTS_PATH) ? (JSON.parse(readFileSync(VERDICTS_PATH, 'utf8')) as VerdictsFile) : undefined;
    stored = new Map(file?.analysedWith === VERDICTS_KEY ? Object.entries(file.verdicts) : []);
  }
  return stored;
}

const analysed = new Map<string, Diagnostics>();

/** recheck's diagnosis of one pattern (memoized for the process). */
export function analyse(source: string, flags: string): Diagnostics {
  const key = regexKey(source, flags);
  let diagnostics = analysed.get(key);
  if (!diagnostics) {
    diagnostics = checkSync(source, flags, RECHECK_SETTINGS);
    analysed.set(key, diagnostics);
  }
  return diagnostics;
}

const isCatastrophic = (d: Diagnostics): d is VulnerableDiagnostics =>
  d.status === 'vulnerable' && (d.complexity.type === 'exponential' || d.complexity.degree > HIGHEST_ALLOWED_DEGREE);

const summary = (d: Diagnostics): StoredVerdict => (d.status === 'vulnerable' && d.complexity.type === 'polynomial' ? `polynomial ${d.complexity.degree}` : d.status);

/** recheck's diagnosis when the pattern can backtrack catastrophically on one segment; undefined when it is stored or found harmless. */
export function vulnerability(source: string, flags: string): VulnerableDiagnostics | undefined {
  if (storedVerdicts().has(regexKey(source, flags))) return undefined;
  const diagnostics = analyse(source, flags);
  return isCatastrophic(diagnostics) ? diagnostics : undefined;
}

/** Writes the verdicts of exactly these patterns (reusing stored ones); catastrophic ones are never stored. */
export function writeVerdicts(patterns: readonly { source: string; flags: string }[]): { vulnerable: string[] } {
  const verdicts: Record<string, StoredVerdict> = {};
  const vulnerable: string[] = [];
  for (const { source, flags } of patterns) {
    const key = regexKey(source, flags);
    const known = storedVerdicts().get(key);
    if (known) {
      verdicts[key] = known;
      continue;
    }
    const diagnostics = analyse(source, flags);
    if (isCatastrophic(diagnostics)) vulnerable.push(key);
    else verdicts[key] = summary(diagnostics);
  }
  const sorted = Object.fromEntries(Object.entries(verdicts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file: VerdictsFile = { analysedWith: VERDICTS_KEY, verdicts: sorted };
  writeFileSync(VERDICTS_PATH, `${JSON.stringify(file, null, 1)}\n`);
  stored = new Map(Object.entries(sorted));
  return { vulnerable };
}
