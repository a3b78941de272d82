/** A pack that cannot be used, with where and why; the whole pack is rejected. */
export class PackError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly ruleId?: string;
  readonly reason: string;

  constructor(reason: string, where: { file: string; line?: number; column?: number; ruleId?: string }) {
    const position = where.line ? `:${where.line}:${where.column ?? 1}` : '';
    const rule = where.ruleId ? ` rule ${where.ruleId}:` : '';
    super(`${where.file}${position}:${rule} ${reason}`);
    this.name = 'PackError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.ruleId = where.ruleId;
    this.reason = reason;
  }
}

/** Thrown while compiling one matcher; the compiler adds the file, line and rule. */
export class MatcherError extends Error {}
