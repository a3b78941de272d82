/**
 * Reads a trainer's scenario file: YAML (or JSON), a list of {title, platform, bad, good, notes}.
 * Every problem is reported with its line, so a trainer can fix the file without reading code.
 */
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'zod';
import { ScenarioFields, scenarioOf, type Scenario } from './scenario.ts';

export const MAX_SCENARIO_FILE_BYTES = 256 * 1024;
export const MAX_SCENARIOS_PER_FILE = 200;

export interface ScenarioProblem {
  line?: number;
  /** e.g. "2.platform" — the 1-based item and the field. */
  path: string;
  message: string;
}

export class ScenarioFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ScenarioProblem[],
  ) {
    super(problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'));
    this.name = 'ScenarioFileError';
  }
}

function pathLabel(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join('.');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  return issue.message;
}

/** Parses and validates; throws ScenarioFileError listing every problem. Ids are "<file>#<n>". */
export function parseScenarioFile(source: string, file: string): Scenario[] {
  if (source.length > MAX_SCENARIO_FILE_BYTES) {
    throw new ScenarioFileError(file, [{ path: '', message: `the file is larger than ${MAX_SCENARIO_FILE_BYTES / 1024} KB` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ScenarioFileError(
      file,
      doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line, path: '', message: e.message.split('\n')[0] ?? e.message })),
    );
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (!isSeq(doc.contents)) {
    throw new ScenarioFileError(file, [{ line: lineOf([]), path: '', message: 'expected a list of scenarios (each starting with "- title:")' }]);
  }
  const items: unknown = doc.toJS();
  const list = items as unknown[];
  if (list.length === 0) throw new ScenarioFileError(file, [{ path: '', message: 'the list of scenarios is empty' }]);
  if (list.length > MAX_SCENARIOS_PER_FILE) {
    throw new ScenarioFileError(file, [{ path: '', message: `at most ${MAX_SCENARIOS_PER_FILE} scenarios per file` }]);
  }
  const problems: ScenarioProblem[] = [];
  const scenarios: Scenario[] = [];
  list.forEach((item, index) => {
    const result = ScenarioFields.safeParse(item);
    if (result.success) {
      scenarios.push(scenarioOf(result.data, `${file}#${index + 1}`, 'file'));
      return;
    }
    for (const issue of result.error.issues) {
      const path = [index, ...issue.path];
      problems.push({ line: lineOf(path), path: pathLabel(path), message: issueMessage(issue) });
    }
  });
  if (problems.length > 0) throw new ScenarioFileError(file, problems);
  return scenarios;
}
