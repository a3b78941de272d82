import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runKeygen, runPackBuild, runPackDiff, runPackSign, runPackVerify } from '../../../cli/commands/pack-publish.ts';
import type { Command, CommandIO } from '../../../cli/io.ts';

// Compiling core with compromise takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const dir = mkdtempSync(join(tmpdir(), 'postcoach-publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

async function run(command: Command, args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => '', color: false };
  const code = await command(args, io);
  return { code, stdout, stderr };
}

function packYaml(version: string, severity: string, message: string, extraRule = ''): string {
  return `id: acme
version: ${version}
title: Acme guidelines
extends: [core]
rules:
  - id: acme.codename
    category: confidential
    severity: ${severity}
    message: ${JSON.stringify(message)}
    why: Codenames are confidential until launch.
    match: { type: terms, terms: [Bluebird] }
    examples: { bad: ["Bluebird ships soon"], good: ["Our product ships soon"] }
${extraRule}`;
}

const SECOND_RULE = `  - id: acme.roadmap
    category: confidential
    severity: warn
    message: Keep roadmap dates internal.
    why: Dates move; customers plan on them.
    match: { type: terms, terms: [roadmap] }
    examples: { bad: ["our roadmap says May"], good: ["we ship when ready"] }
`;

describe('keygen', () => {
  it('writes the private key with mode 0600 and prints only the public half', async () => {
    const result = await run(runKeygen, ['--out', at('team.key.json')]);
    const file = JSON.parse(readFileSync(at('team.key.json'), 'utf8'));
    expect(result.code).toBe(0);
    expect(statSync(at('team.key.json')).mode & 0o777).toBe(0o600);
    expect(result.stdout).toContain(file.publicKey);
    expect(result.stdout).toContain(at('team.key.json'));
    expect(result.stdout).not.toContain(file.privateKey);
    expect(result.stderr).toBe('');
  });

  it('never overwrites an existing key', async () => {
    writeFileSync(at('existing.json'), 'keep me');
    await expect(run(runKeygen, ['--out', at('existing.json')])).rejects.toThrow(`${at('existing.json')} already exists; keygen never overwrites a key`);
    expect(readFileSync(at('existing.json'), 'utf8')).toBe('keep me');
  });
});

describe('pack build, sign, verify', () => {
  it('builds, signs and verifies a pack; the key never appears in any output', async () => {
    await run(runKeygen, ['--out', at('k1.json')]);
    const secret = JSON.parse(readFileSync(at('k1.json'), 'utf8')).privateKey as string;
    writeFileSync(at('acme.yaml'), packYaml('1.0.0', 'block', 'No codenames.'));
    const built = await run(runPackBuild, [at('acme.yaml'), '--out', at('acme.bundle.json'), '--expires', '30d']);
    expect(built).toMatchObject({ code: 0, stdout: expect.stringMatching(/^built .*acme\.bundle\.json: acme 1\.0\.0, 1 rule, expires /) });
    const bundle = JSON.parse(readFileSync(at('acme.bundle.json'), 'utf8'));
    expect(bundle).toMatchObject({ format: 'postcoach-pack-bundle/1', pack: { id: 'acme' }, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const signed = await run(runPackSign, [at('acme.bundle.json'), '--key', at('k1.json')]);
    expect(signed.code).toBe(0);
    const verified = await run(runPackVerify, [at('acme.bundle.json'), '--pub', at('k1.json')]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^ok: .* acme 1\.0\.0 signed by [0-9a-f]{16}, sha256 [0-9a-f]{64}, expires /);
    for (const output of [built, signed, verified]) expect(output.stdout + output.stderr).not.toContain(secret);
  });

  it('verify exits 1 with the reason for a stranger\'s key, a tampered pack and an unsigned bundle', async () => {
    await run(runKeygen, ['--out', at('k2.json')]);
    await run(runKeygen, ['--out', at('stranger.json')]);
    writeFileSync(at('p.yaml'), packYaml('1.0.0', 'block', 'No codenames.'));
    await run(runPackBuild, [at('p.yaml'), '--out', at('unsigned.json')]);
    await run(runPackSign, [at('unsigned.json'), '--key', at('k2.json'), '--out', at('signed.json')]);
    const publicKey = JSON.parse(readFileSync(at('k2.json'), 'utf8')).publicKey as string;

    const stranger = await run(runPackVerify, [at('signed.json'), '--pub', at('stranger.json')]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toMatch(/^rejected: .*signed by key [0-9a-f]{16}, which is not a trusted key/);

    const tampered = JSON.parse(readFileSync(at('signed.json'), 'utf8'));
    tampered.pack.rules[0].severity = 'tip';
    writeFileSync(at('tampered.json'), JSON.stringify(tampered));
    const tamperedResult = await run(runPackVerify, [at('tampered.json'), '--pub', publicKey]);
    expect(tamperedResult).toMatchObject({ code: 1, stderr: expect.stringContaining('the pack was changed after the bundle was built') });

    const unsigned = await run(runPackVerify, [at('unsigned.json'), '--pub', publicKey]);
    expect(unsigned).toMatchObject({ code: 1, stderr: expect.stringContaining('the bundle is not signed') });
  });

  it('refuses to build a pack whose examples fail, and to sign a tampered bundle', async () => {
    writeFileSync(at('failing.yaml'), packYaml('1.0.0', 'block', 'No codenames.').replace('"Bluebird ships soon"', '"Redbird ships soon"'));
    const failing = await run(runPackBuild, [at('failing.yaml'), '--out', at('never.json')]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain('acme.codename (bad) "Redbird ships soon": bad example did not trigger the rule');

    await run(runKeygen, ['--out', at('k3.json')]);
    writeFileSync(at('ok.yaml'), packYaml('1.0.0', 'block', 'No codenames.'));
    await run(runPackBuild, [at('ok.yaml'), '--out', at('b.json')]);
    const bundle = JSON.parse(readFileSync(at('b.json'), 'utf8'));
    bundle.pack.title = 'Edited by hand';
    writeFileSync(at('b.json'), JSON.stringify(bundle));
    const sign = await run(runPackSign, [at('b.json'), '--key', at('k3.json')]);
    expect(sign).toMatchObject({ code: 1, stderr: expect.stringContaining('not signed: the pack was changed after the bundle was built') });
  });

  it('rejects --expires in the past', async () => {
    writeFileSync(at('e.yaml'), packYaml('1.0.0', 'block', 'No codenames.'));
    await expect(run(runPackBuild, [at('e.yaml'), '--expires', '2001-01-01'])).rejects.toThrow('--expires wants a future date');
  });
});

describe('pack diff', () => {
  it('lists added and removed rules, severity and wording changes', async () => {
    writeFileSync(at('old.yaml'), packYaml('1.0.0', 'block', 'No codenames.', SECOND_RULE));
    writeFileSync(at('new.yaml'), packYaml('1.1.0', 'warn', 'Please do not name codenames.'));
    const result = await run(runPackDiff, [at('old.yaml'), at('new.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- acme.roadmap (warn, confidential): Keep roadmap dates internal.');
    expect(result.stdout).toContain('~ acme.codename\n    severity: "block" → "warn"\n    message: "No codenames." → "Please do not name codenames."');
    expect(result.stdout).toContain('0 added, 1 removed, 1 changed');

    const reverse = await run(runPackDiff, [at('new.yaml'), at('old.yaml'), '--json']);
    const json = JSON.parse(reverse.stdout);
    expect(json.added).toEqual(['acme.roadmap']);
    expect(json.changed[0].changes.map((c: { field: string }) => c.field)).toEqual(['severity', 'message']);
  });

  it('reads bundles as well as pack files and says when nothing changed', async () => {
    writeFileSync(at('same.yaml'), packYaml('1.0.0', 'block', 'No codenames.'));
    await run(runPackBuild, [at('same.yaml'), '--out', at('same.bundle.json')]);
    const result = await run(runPackDiff, [at('same.yaml'), at('same.bundle.json')]);
    expect(result.stdout).toBe('no changes employees would notice\n');
  });
});
