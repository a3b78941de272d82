/**
 * The engine's checks for a candidate pack: schema (parsePack), compiling it with the packs that
 * stay active (extends, overrides) and every good/bad example of its rules. The ReDoS analysis
 * (recheck) is Node-only: `pack build` runs it before a bundle is signed.
 */
import { compileForExamples, PackError, parsePack, runPackExamples } from '../../rules/engine/index.ts';
import type { Pack } from '../../rules/engine/schema.ts';
import type { PackValidator } from './candidate.ts';
import { accepted, rejected, type Outcome } from './rejection.ts';

const MAX_LISTED_FAILURES = 3;

function describe(error: unknown): string {
  if (error instanceof PackError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export const validatePack: PackValidator = (text, file, alongside): Outcome<Pack> => {
  let pack: Pack;
  try {
    pack = parsePack(text, file);
    const checker = compileForExamples([...alongside.filter((other) => other.id !== pack.id), pack]);
    const failures = runPackExamples(checker, pack);
    if (failures.length > 0) {
      const listed = failures
        .slice(0, MAX_LISTED_FAILURES)
        .map((failure) => `rule ${failure.ruleId} ${failure.kind} example "${failure.text}": ${failure.reason}`);
      const more = failures.length > MAX_LISTED_FAILURES ? ` (and ${failures.length - MAX_LISTED_FAILURES} more)` : '';
      const detail = `${listed.join('; ')}${more}`;
      return rejected('invalid-pack', `${file}: ${failures.length} example(s) fail: ${detail}`, detail);
    }
  } catch (error) {
    return rejected('invalid-pack', `invalid pack: ${describe(error)}`, describe(error));
  }
  return accepted(pack);
};
