/**
 * `npm run regex-verdicts`: analyses every regular expression of the shipped packs for ReDoS and stores
 * the verdicts (rules/packs/regex-verdicts.json), so loading those packs is fast and every machine
 * agrees. Run it after changing a pattern; it analyses only patterns without a stored verdict.
 */
import { shippedRegexes } from '../rules/engine/node.ts';
import { analyse, regexKey, storedVerdicts, VERDICTS_PATH, writeVerdicts } from '../rules/engine/redos.ts';

const regexes = shippedRegexes();
const missing = regexes.filter(({ source, flags }) => !storedVerdicts().has(regexKey(source, flags)));
console.log(`${regexes.length} regular expressions in the shipped packs, ${missing.length} without a stored verdict`);
for (const [index, { source, flags }] of missing.entries()) {
  const started = Date.now();
  const { status } = analyse(source, flags);
  console.log(`${index + 1}/${missing.length} ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s  ${regexKey(source, flags).slice(0, 100)}`);
}
const { vulnerable } = writeVerdicts(regexes);
console.log(`wrote ${VERDICTS_PATH}`);
if (vulnerable.length > 0) {
  console.error(`${vulnerable.length} can backtrack catastrophically (\`pack lint\` names their rules):\n${vulnerable.join('\n')}`);
  process.exitCode = 1;
}
