import { parseArgs } from 'node:util';
import { PLATFORMS, SURFACES, type Checker, type CheckContext, type Finding, type Platform, type Surface } from '../../rules/engine/index.ts';
import { loadChecker } from '../../rules/engine/node.ts';
import { formatFinding, formatSummary } from '../format.ts';
import { EXIT, UsageError, type Command, type CommandIO } from '../io.ts';

export const CHECK_USAGE = `postcoach check [--pack FILE]… [--platform x|linkedin] [--surface post|comment|message|inmail] [--locale en|ru] [--json] [TEXT]
postcoach check --jsonl [--pack FILE]…      (JSON Lines {"id","text","platform"?} on stdin)
Exit: 0 no must-fix finding · 1 at least one must-fix (block) finding · 2 bad usage or bad pack`;

export const check: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pack: { type: 'string', multiple: true, default: [] },
      platform: { type: 'string' },
      surface: { type: 'string' },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
    },
  });
  const context: CheckContext = {
    platform: oneOf(values.platform, PLATFORMS, '--platform'),
    surface: oneOf(values.surface, SURFACES, '--surface'),
    locale: values.locale,
  };
  // The engine never throws on text; an internal error still must not pass unnoticed here.
  const checker = loadChecker(values.pack, {
    onInternalError: (error) => io.stderr(`postcoach: internal error while checking: ${(error as Error).stack ?? String(error)}\n`),
  });
  if (values.jsonl) {
    if (positionals.length > 0) throw new UsageError('--jsonl reads standard input; give no TEXT');
    return checkJsonLines(checker, context, await io.readStdin(), io);
  }
  const text = positionals.length > 0 ? positionals.join(' ') : await io.readStdin();
  const findings = checker.check(text, context);
  if (values.json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
  else io.stdout(`${[...findings.map((f) => formatFinding(text, f, io.color)), formatSummary(findings, io.color)].join('\n\n')}\n`);
  return hasBlock(findings) ? EXIT.found : EXIT.ok;
};

function checkJsonLines(checker: Checker, base: CheckContext, input: string, io: CommandIO): number {
  let malformed = 0;
  input.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const post = parsePostLine(line);
    if (typeof post === 'string') {
      malformed++;
      io.stdout(`${JSON.stringify({ id: null, error: `line ${index + 1}: ${post}` })}\n`);
      io.stderr(`line ${index + 1}: ${post}\n`);
      return;
    }
    const findings = checker.check(post.text, { ...base, platform: post.platform ?? base.platform, surface: post.surface ?? base.surface });
    io.stdout(`${JSON.stringify({ id: post.id, findings })}\n`);
  });
  return malformed > 0 ? EXIT.usage : EXIT.ok;
}

interface PostLine {
  id: unknown;
  text: string;
  platform?: Platform;
  surface?: Surface;
}

function parsePostLine(line: string): PostLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null) return 'expected an object {"id", "text"}';
  const { id, text, platform, surface } = value as Record<string, unknown>;
  if (typeof text !== 'string') return '"text" must be a string';
  if (platform !== undefined && !PLATFORMS.includes(platform as Platform)) return `"platform" must be one of ${PLATFORMS.join(', ')}`;
  if (surface !== undefined && !SURFACES.includes(surface as Surface)) return `"surface" must be one of ${SURFACES.join(', ')}`;
  return { id, text, platform: platform as Platform | undefined, surface: surface as Surface | undefined };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UsageError(`${flag} must be one of: ${allowed.join(', ')}`);
  return value as T;
}

function hasBlock(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}
