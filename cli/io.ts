/** What a command reads and writes, so tests can run commands in-process. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Colour output (a terminal that wants it). */
  color: boolean;
}

export type Command = (args: string[], io: CommandIO) => Promise<number>;

/** Exit codes of the command line contract. */
export const EXIT = { ok: 0, found: 1, usage: 2 } as const;

export class UsageError extends Error {}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
