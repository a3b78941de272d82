/** Node-only helpers: read pack files from disk, check regular expressions for ReDoS with recheck. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import { compilePacks, compileForExamples, parsePack, PackError, regexSources, type Checker, type Pack } from './index.ts';

export const CORE_PACK_PATH = fileURLToPath(new URL('../packs/core.yaml', import.meta.url));

export function loadPackFile(path: string): Pack {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PackError(`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { file: path });
  }
  const pack = parsePack(source, path);
  assertRegexesSafe(pack, path);
  return pack;
}

export function loadCorePack(): Pack {
  return loadPackFile(CORE_PACK_PATH);
}

/** The core pack plus the given pack files (core is loaded once even when named again). */
export function loadPacks(files: readonly string[]): Pack[] {
  const packs = files.map(loadPackFile);
  return packs.some((p) => p.id === 'core') ? packs : [loadCorePack(), ...packs];
}

export function loadChecker(files: readonly string[]): Checker {
  return compilePacks(loadPacks(files));
}

export function loadExampleChecker(files: readonly string[]): Checker {
  return compileForExamples(loadPacks(files));
}

/** Rejects patterns that can backtrack catastrophically (recheck: automata + fuzzing). */
export function assertRegexesSafe(pack: Pack, file: string): void {
  pack.rules.forEach((rule) => {
    for (const { source, flags } of regexSources(rule.match)) {
      const verdict = checkSync(source, flags, { timeout: 5000 });
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
