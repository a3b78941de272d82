/** Node-only helpers: read pack files from disk, check regular expressions for ReDoS with recheck. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { compilePacks, compileForExamples, parsePack, PackError, regexSources, type Checker, type CompileOptions, type Pack } from './index.ts';

export const CORE_PACK_PATH = fileURLToPath(new URL('../packs/core.yaml', import.meta.url));

/**
 * Reads and validates a pack file. Its regular expressions are checked for ReDoS unless the pack is
 * trusted (the shipped core pack, which `pack lint` and CI check).
 */
export function loadPackFile(path: string, options: { trusted?: boolean } = {}): Pack {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PackError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
  const pack = parsePack(source, path);
  if (!options.trusted) assertRegexesSafe(pack, path);
  return pack;
}

export function loadCorePack(): Pack {
  return loadPackFile(CORE_PACK_PATH, { trusted: true });
}

/** The core pack plus the given pack files (core is loaded once even when named again). */
export function loadPacks(files: readonly string[]): Pack[] {
  return withCore(files.map((file) => loadPackFile(file)));
}

/** The packs with the shipped core pack underneath, unless one of them is core. */
export function withCore(packs: readonly Pack[]): Pack[] {
  return packs.some((p) => p.id === 'core') ? [...packs] : [loadCorePack(), ...packs];
}

export function loadChecker(files: readonly string[], options: CompileOptions = {}): Checker {
  return compilePacks(loadPacks(files), options);
}

export function loadExampleChecker(files: readonly string[]): Checker {
  return compileForExamples(loadPacks(files));
}

/** How long recheck may think about one pattern; past that it says "unknown" and the pattern is allowed. */
const RECHECK_TIMEOUT_MS = 1500;
const verdicts = new Map<string, ReturnType<typeof checkSync>>();

function recheck(source: string, flags: string): ReturnType<typeof checkSync> {
  const key = `${flags}/${source}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = checkSync(source, flags, { timeout: RECHECK_TIMEOUT_MS });
    verdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Rejects patterns that can backtrack catastrophically (recheck: automata theory + fuzzing). At run
 * time every pattern also sees at most one segment (MAX_SEGMENT_LENGTH), which bounds what a pattern
 * recheck could not decide can cost.
 */
export function assertRegexesSafe(pack: Pack, file: string): void {
  pack.rules.forEach((rule) => {
    for (const { source, flags } of regexSources(rule.match)) {
      const verdict = recheck(source, flags);
      if (verdict.status === 'vulnerable') {
        const attack = verdict.attack ? ` — e.g. ${JSON.stringify(verdict.attack.pattern).slice(0, 80)}` : '';
        throw new PackError(
          `regular expression /${source}/ can backtrack catastrophically (${verdict.complexity.type} time)${attack}; rewrite it without nested or overlapping repetition`,
          { file, ruleId: rule.id },
        );
      }
    }
  });
}
