import { compileForExamples, compilePacks, runPackExamples, type Pack } from '../../rules/engine/index.ts';
import { loadPackFile, withCore } from '../../rules/engine/node.ts';
import { EXIT, UsageError, type Command, type CommandIO } from '../io.ts';

/** Loads each file with the core pack beside it (and the other files, for extends between them). */
function loadForChecking(files: string[]): { packs: Pack[]; targets: Pack[] } {
  if (files.length === 0) throw new UsageError('name at least one pack FILE');
  const targets = files.map((file) => loadPackFile(file));
  return { packs: withCore(targets), targets };
}

/** Schema, categories, detectors, compromise syntax, ReDoS safety and extends/overrides resolution. */
export const packLint: Command = async (files, io) => {
  const { packs, targets } = loadForChecking(files);
  compilePacks(packs);
  for (const pack of targets) io.stdout(`ok  ${pack.id} ${pack.version} — ${pack.rules.length} rules\n`);
  return EXIT.ok;
};

/** Every rule's bad examples must trigger it and its good ones must not (RuleTester-style). */
export const packTest: Command = async (files, io) => {
  const { packs, targets } = loadForChecking(files);
  const checker = compileForExamples(packs);
  let failed = 0;
  for (const pack of targets) {
    const failures = runPackExamples(checker, pack);
    const rules = checker.rules.filter((r) => r.packId === pack.id);
    const examples = rules.reduce((n, r) => n + r.examples.bad.length + r.examples.good.length, 0);
    reportFailures(failures, io);
    failed += failures.length;
    io.stdout(`${failures.length === 0 ? 'pass' : 'FAIL'}  ${pack.id}: ${examples - failures.length}/${examples} examples of ${rules.length} rules\n`);
  }
  return failed === 0 ? EXIT.ok : EXIT.found;
};

function reportFailures(failures: ReturnType<typeof runPackExamples>, io: CommandIO): void {
  for (const f of failures) io.stdout(`  ✗ ${f.ruleId} (${f.kind}): ${f.reason}\n      ${JSON.stringify(f.text)}\n`);
}
