/** Node-only helpers: read pack files from disk, reject regular expressions that can backtrack catastrophically. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { regexKey, vulnerability } from './redos.ts';
import { compilePacks, compileForExamples, parsePack, PackError, regexSources, type Checker, type CompileOptions, type Pack } from './index.ts';

export const CORE_PACK_PATH = fileURLToPath(new URL('../packs/core.yaml', import.meta.url));
const EXAMPLE_PACKS_DIR = new URL('../packs/examples/', import.meta.url);

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

/**
 * Rejects patterns that can backtrack catastrophically on one segment (see redos.ts). At run time every
 * pattern sees at most one segment (MAX_SEGMENT_LENGTH), which bounds what any pattern can cost.
 */
export function assertRegexesSafe(pack: Pack, file: string): void {
  pack.rules.forEach((rule) => {
    for (const { source, flags } of regexSources(rule.match)) {
      const verdict = vulnerability(source, flags);
      if (verdict) {
        throw new PackError(
          `regular expression /${source}/ can backtrack catastrophically (${verdict.complexity.type} time) — e.g. ${JSON.stringify(verdict.attack.pattern).slice(0, 80)}; rewrite it without nested or overlapping repetition`,
          { file, ruleId: rule.id },
        );
      }
    }
  });
}

/** Every distinct regular expression of the packs that ship with Postcoach (core and the examples). */
export function shippedRegexes(): { source: string; flags: string }[] {
  const examples = readdirSync(EXAMPLE_PACKS_DIR).filter((name) => name.endsWith('.yaml'));
  const files = [CORE_PACK_PATH, ...examples.map((name) => fileURLToPath(new URL(name, EXAMPLE_PACKS_DIR)))];
  const regexes = new Map<string, { source: string; flags: string }>();
  for (const file of files) {
    for (const rule of loadPackFile(file, { trusted: true }).rules) {
      for (const regex of regexSources(rule.match)) regexes.set(regexKey(regex.source, regex.flags), regex);
    }
  }
  return [...regexes.values()];
}
