/**
 * Publishing commands for compliance teams: keygen, pack build, pack sign, pack verify, pack diff.
 * Keys: only the public half and the key file's path are ever printed.
 */
import { constants, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { compileForExamples, compilePacks, localize, parsePack, runPackExamples, type Pack } from '../../rules/engine/index.ts';
import { loadCorePack, loadPackFile } from '../../rules/engine/node.ts';
import { buildBundle, looksLikeBundle, parseBundle, signBundle, verifyBundle, checkDigest, type Bundle } from '../../lib/packs/bundle.ts';
import { diffRules, isEmptyDiff, type RuleDiff } from '../../lib/packs/diff.ts';
import { bytesToBase64 } from '../../lib/packs/encoding.ts';
import { generateSigningKey, parseSigningKey, parseTrustedKey, privateKeyFileText, type TrustedKey } from '../../lib/packs/keys.ts';
import { EXIT, UsageError, type Command, type CommandIO } from '../io.ts';

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`name exactly one ${what}`);
  return positionals[0]!;
}

/** `keygen [--out FILE]`: a new Ed25519 key; the private key file is created with mode 0600, never overwritten. */
export const runKeygen: Command = async (args, io) => {
  const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'postcoach-signing-key.json' } } });
  const path = values.out!;
  const key = await generateSigningKey();
  let file;
  try {
    file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EEXIST' ? `${path} already exists; keygen never overwrites a key` : `cannot create ${path}: ${code}`);
  }
  try {
    await file.writeFile(privateKeyFileText(key));
  } finally {
    await file.close();
  }
  io.stdout(`public key: ${bytesToBase64(key.publicKey)}\nkey id:     ${key.keyId}\nprivate key written to ${path} (mode 0600) — keep it secret, never commit it\n`);
  return EXIT.ok;
};

function parseExpiry(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined) return undefined;
  const days = /^(\d+)d$/.exec(text);
  const expiry = days ? new Date(now.getTime() + Number(days[1]) * 86_400_000) : new Date(text);
  if (Number.isNaN(expiry.getTime()) || expiry <= now) {
    throw new UsageError(`--expires wants a future date (2027-06-30) or a number of days (90d), not "${text}"`);
  }
  return expiry;
}

/** `pack build FILE [--out BUNDLE] [--expires DATE|Nd]`: lint, run every example, write the bundle. */
export const runPackBuild: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, expires: { type: 'string' } } });
  const path = onePositional(positionals, 'pack FILE');
  const now = new Date();
  const expiresAt = parseExpiry(values.expires, now);
  const pack = loadPackFile(path);
  const packs = pack.id === 'core' ? [pack] : [loadCorePack(), pack];
  compilePacks(packs);
  const failures = runPackExamples(compileForExamples(packs), pack);
  for (const f of failures) io.stderr(`  ✗ ${f.ruleId} (${f.kind}) ${JSON.stringify(f.text)}: ${f.reason}\n`);
  if (failures.length > 0) {
    io.stderr(`postcoach: not built: ${failures.length} example(s) of ${pack.id} fail\n`);
    return EXIT.found;
  }
  const text = `${JSON.stringify(await buildBundle(pack, now, expiresAt), null, 2)}\n`;
  if (!values.out) {
    io.stdout(text);
    return EXIT.ok;
  }
  writeFileSync(values.out, text);
  io.stdout(`built ${values.out}: ${pack.id} ${pack.version}, ${pack.rules.length} rule${pack.rules.length === 1 ? '' : 's'}${expiresAt ? `, expires ${expiresAt.toISOString()}` : ''}\n`);
  return EXIT.ok;
};

function readBundle(path: string): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(readText(path, 'bundle'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  const parsed = parseBundle(json);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.rejection.message}`);
  return parsed.value;
}

/** `pack sign BUNDLE --key KEYFILE [--out FILE]`: signs in place unless --out names another file. */
export const runPackSign: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { key: { type: 'string' }, out: { type: 'string' } } });
  const path = onePositional(positionals, 'BUNDLE');
  if (!values.key) throw new UsageError('pack sign needs --key KEYFILE (from postcoach keygen)');
  const bundle = readBundle(path);
  const intact = await checkDigest(bundle);
  if (!intact.ok) {
    io.stderr(`postcoach: not signed: ${intact.rejection.message}; rebuild it with pack build\n`);
    return EXIT.found;
  }
  const key = await parseSigningKey(readText(values.key, 'key file'));
  if (!key.ok) throw new UsageError(`${values.key}: ${key.reason}`);
  const out = values.out ?? path;
  writeFileSync(out, `${JSON.stringify(await signBundle(bundle, key.key), null, 2)}\n`);
  io.stdout(`signed ${out} with key ${key.key.keyId}\n`);
  return EXIT.ok;
};

async function readTrustedKeys(specs: string[]): Promise<TrustedKey[]> {
  const keys: TrustedKey[] = [];
  for (const spec of specs) {
    const text = /^[A-Za-z0-9+/]{43}=$/.test(spec) ? spec : readText(spec, 'public key file');
    const parsed = await parseTrustedKey(text);
    if (!parsed.ok) throw new UsageError(`${spec}: ${parsed.reason}`);
    keys.push(parsed.key);
  }
  return keys;
}

/** `pack verify BUNDLE --pub KEY…`: exit 0 when intact, signed by one of the keys, unexpired and a valid pack. */
export const runPackVerify: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pub: { type: 'string', multiple: true } } });
  const path = onePositional(positionals, 'BUNDLE');
  if (!values.pub?.length) throw new UsageError('pack verify needs --pub KEY (a key file or the base64 public key)');
  const keys = await readTrustedKeys(values.pub);
  const bundle = readBundle(path);
  const verified = await verifyBundle(bundle, keys, new Date());
  if (!verified.ok) {
    io.stderr(`rejected: ${path}: ${verified.rejection.message}\n`);
    return EXIT.found;
  }
  const pack = parsePack(JSON.stringify(bundle.pack), `${path}#pack`);
  io.stdout(`ok: ${path}: ${pack.id} ${pack.version} signed by ${verified.value.keyId}, sha256 ${bundle.sha256}${bundle.expiresAt ? `, expires ${bundle.expiresAt}` : ''}\n`);
  return EXIT.ok;
};

/** A pack file (YAML/JSON) or a bundle (its pack). */
function loadPackOrBundle(path: string): Pack {
  const text = readText(path, 'pack');
  try {
    const json: unknown = JSON.parse(text);
    if (looksLikeBundle(json)) return parsePack(JSON.stringify(readBundle(path).pack), `${path}#pack`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  return loadPackFile(path);
}

function shown(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null && 'en' in value) {
    return Object.entries(value).map(([lang, text]) => `${lang}: ${JSON.stringify(text)}`).join(', ');
  }
  return JSON.stringify(value);
}

export function formatDiff(diff: RuleDiff): string {
  if (isEmptyDiff(diff)) return 'no changes employees would notice\n';
  const lines: string[] = [];
  for (const rule of diff.added) lines.push(`+ ${rule.id} (${rule.severity}, ${rule.category}): ${localize(rule.message)}`);
  for (const rule of diff.removed) lines.push(`- ${rule.id} (${rule.severity}, ${rule.category}): ${localize(rule.message)}`);
  for (const { rule, changes } of diff.changed) {
    lines.push(`~ ${rule.id}`);
    for (const change of changes) lines.push(`    ${change.field}: ${shown(change.from)} → ${shown(change.to)}`);
  }
  const summary = `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`;
  return `${lines.join('\n')}\n${summary}\n`;
}

/** `pack diff OLD NEW [--json]`: the rules as employees get them (core included), before and after. */
export const runPackDiff: Command = async (args, io: CommandIO) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  if (positionals.length !== 2) throw new UsageError('pack diff needs OLD and NEW (pack files or bundles)');
  const core = loadCorePack();
  const rulesOf = (path: string) => {
    const pack = loadPackOrBundle(path);
    return compilePacks(pack.id === 'core' ? [pack] : [core, pack]).rules;
  };
  const diff = diffRules(rulesOf(positionals[0]!), rulesOf(positionals[1]!));
  if (values.json) {
    const ids = (rules: { id: string }[]) => rules.map((r) => r.id);
    io.stdout(`${JSON.stringify({ added: ids(diff.added), removed: ids(diff.removed), changed: diff.changed.map((c) => ({ id: c.rule.id, changes: c.changes })) })}\n`);
  } else {
    io.stdout(formatDiff(diff));
  }
  return EXIT.ok;
};

export const PUBLISH_USAGE = `postcoach keygen [--out FILE]           new Ed25519 signing key (file mode 0600; prints the public key)
postcoach pack build FILE [--out BUNDLE] [--expires DATE|90d]   validate, run examples, write a bundle with its SHA-256
postcoach pack sign BUNDLE --key KEYFILE [--out FILE]           sign a bundle (in place unless --out)
postcoach pack verify BUNDLE --pub KEY…  exit 0 if intact, signed by KEY and unexpired; 1 with the reason
postcoach pack diff OLD NEW [--json]     rules added, removed, and changed in severity or wording`;
