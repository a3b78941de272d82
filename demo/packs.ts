/**
 * The demo's checker: the starting packs (core, or the extension's active set) plus, optionally,
 * an organisation's pack file. A pack that
 * does not parse or compile is refused with the engine's own message and the previous set stays.
 */
import { compileForExamples, exampleCompileOptions, parsePack, PackError, type Checker, type Pack } from '../rules/engine/index.ts';
import { compileInSlices, type CompileOutcome, type PendingCompile } from '../rules/engine/incremental.ts';

export type PackLoad = { ok: true; packs: Pack[]; checker: Checker } | { ok: false; message: string };

/** Examples and live checks use the packs' own profile, or the core pack's example company. */
export function checkerFor(packs: readonly Pack[]): Checker {
  return compileForExamples(packs);
}

/** checkerFor in short slices, so opening the page never freezes it (compiling the core pack takes about a second). */
export function checkerInSlices(packs: readonly Pack[], outcome: CompileOutcome): PendingCompile {
  return compileInSlices(packs, exampleCompileOptions(packs), outcome);
}

export function withOrgPack(source: string, file: string, base: readonly Pack[]): PackLoad {
  try {
    const pack = parsePack(source, file);
    const packs = [...base.filter((p) => p.id !== pack.id), pack];
    return { ok: true, packs, checker: checkerFor(packs) };
  } catch (error) {
    if (error instanceof PackError) return { ok: false, message: error.message };
    return { ok: false, message: `${file}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
