/** The `postcoach` command line: check drafts, lint and test packs (npm run -s postcoach -- …). */
import { PackError } from '../rules/engine/index.ts';
import { check, CHECK_USAGE } from './commands/check.ts';
import { packLint, packTest } from './commands/pack.ts';
import { PUBLISH_USAGE, runKeygen, runPackBuild, runPackDiff, runPackSign, runPackVerify } from './commands/pack-publish.ts';
import { EXIT, UsageError, readAll, type Command, type CommandIO } from './io.ts';

const USAGE = `Usage:
  ${CHECK_USAGE.split('\n').join('\n  ')}
  postcoach pack lint FILE…      validate packs (schema, detectors, NLP syntax, regex safety, extends)
  postcoach pack test FILE…      run every rule's good and bad examples
  ${PUBLISH_USAGE.split('\n').join('\n  ')}`;

const COMMANDS: Record<string, Command> = {
  check,
  'pack lint': packLint,
  'pack test': packTest,
  keygen: runKeygen,
  'pack build': runPackBuild,
  'pack sign': runPackSign,
  'pack verify': runPackVerify,
  'pack diff': runPackDiff,
};

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const name = argv[0] === 'pack' ? `pack ${argv[1] ?? ''}` : (argv[0] ?? '');
  const command = COMMANDS[name];
  if (!command || argv.includes('--help') || argv.includes('-h')) {
    (command || argv[0] === 'help' || argv.includes('--help') ? io.stdout : io.stderr)(`${USAGE}\n`);
    return command || argv.includes('--help') ? EXIT.ok : EXIT.usage;
  }
  try {
    return await command(argv.slice(name.split(' ').length), io);
  } catch (error) {
    if (error instanceof PackError) {
      io.stderr(`postcoach: bad pack: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`postcoach: ${(error as Error).message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const io: CommandIO = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readAll(process.stdin),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postcoach: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.usage;
    },
  );
}
