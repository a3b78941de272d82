import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/postcoach.ts';

async function cli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => stdin,
    color: false,
  });
  return { code, stdout, stderr };
}

const ORG = 'rules/packs/examples/northwind.yaml';

function tempPack(name: string, source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'postcoach-')), name);
  writeFileSync(file, source);
  return file;
}

describe('postcoach check', () => {
  it('exits 1 with a readable report when a must-fix finding is present', async () => {
    const result = await cli(['check', '--pack', ORG, 'Thanks jane@example.com for the help']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('MUST FIX');
    expect(result.stdout).toMatch(/│ Thanks jane@example\.com for the help\n\s+│\s{8}\^{16}/);
  });

  it('exits 0 on a clean post and reads the text from standard input', async () => {
    const result = await cli(['check', '--json'], 'Proud of the team today.');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
  });

  it('answers JSON Lines in order, one line per post', async () => {
    const input = ['{"id":"a","text":"mail jane@example.com"}', '{"id":"b","text":"hello","platform":"x"}'].join('\n');
    const result = await cli(['check', '--jsonl', '--pack', ORG], input);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(result.code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    expect(lines[0].findings[0]).toMatchObject({ category: 'personal-data', start: 5, end: 21, excerpt: 'jane@example.com' });
    expect(lines[1].findings).toEqual([]);
  });

  it('holds an InMail to its own 2,000-character limit and a message to 3,000', async () => {
    const text = 'Thanks for the intro. '.repeat(100).trim();
    const lengthFindings = async (surface: string) => {
      const result = await cli(['check', '--json', '--platform', 'linkedin', '--surface', surface, text]);
      return JSON.parse(result.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'core.platform.length');
    };
    expect(await lengthFindings('inmail')).toMatchObject([{ start: 2000 }]);
    expect(await lengthFindings('message')).toEqual([]);
  });

  it('exits 2 on bad usage and on a bad pack, with the reason on stderr', async () => {
    expect((await cli(['check', '--platform', 'myspace', 'hi'])).code).toBe(2);
    const bad = tempPack('bad.yaml', 'id: bad\nversion: v1\ntitle: Bad\n');
    const result = await cli(['check', '--pack', bad, 'hi']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml:2:\d+: version: versions are semantic/);
  });
});

describe('postcoach pack', () => {
  const unsafe = `id: unsafe
version: 1.0.0
title: Unsafe
extends: [core]
rules:
  - id: unsafe.regex
    category: respect
    severity: warn
    message: Hi
    why: Because
    match: { type: pattern, pattern: "(a+)+$" }
    examples: { bad: [aaa], good: [b] }
`;

  it('lint rejects a pattern that can backtrack catastrophically', async () => {
    const result = await cli(['pack', 'lint', tempPack('unsafe.yaml', unsafe)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rule unsafe\.regex: regular expression .* can backtrack catastrophically \(exponential/);
  });

  it('test reports every example that fails, and passes the shipped packs', async () => {
    const failing = tempPack('failing.yaml', unsafe.replace('"(a+)+$"', '"a{3}"').replace('good: [b]', 'good: [aaaa]'));
    const result = await cli(['pack', 'test', failing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ unsafe.regex (good): good example triggered the rule');
    const shipped = await cli(['pack', 'test', 'rules/packs/core.yaml', ORG]);
    expect(shipped.stdout).toMatch(/^pass {2}core: /m);
    expect(shipped.code).toBe(0);
  });
});

describe('the command as users run it', () => {
  it('works through npm run with no build step', () => {
    const result = spawnSync('npm', ['run', '-s', 'postcoach', '--', 'check', '--jsonl', '--pack', ORG], {
      input: '{"id":1,"text":"Write to jane@example.com"}\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).findings[0].category).toBe('personal-data');
    expect(execFileSync('npm', ['run', '-s', 'postcoach', '--', '--help'], { encoding: 'utf8' })).toContain('pack test');
  }, 30_000);
});
