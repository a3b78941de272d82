/**
 * The engine's first check of new text is slow: V8 compiles each regular expression on its first
 * run, compiles it again to machine code on its second, and once more for each string encoding
 * (one-byte Latin-1 and two-byte UTF-16 strings have separate code); the NLP builds its caches on
 * its first parse. Stepping through the packs' own examples — which between them reach every rule,
 * most of them twice (bad and good) — in both encodings pays for that before anyone types.
 */
import type { Checker, CheckRun } from './check.ts';

/** Not folded away by normalisation, so the text stays two-byte. */
const TWO_BYTE_MARK = ' \u2014';

/** Fills the checker's caches and compiles its expressions; finish() has nothing to report. */
export function warmUp(checker: Checker): CheckRun {
  const examples = checker.rules.flatMap((rule) => [...rule.examples.bad, ...rule.examples.good]);
  const oneByte = examples.filter((text) => !/[^\u0000-\u00ff]/.test(text));
  const runs = [oneByte.join('\n'), examples.map((text) => text + TWO_BYTE_MARK).join('\n')].map((text) => checker.begin(text));
  return {
    step: () => runs.some((run) => run.step()),
    finish: () => [],
  };
}
