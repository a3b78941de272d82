import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { PackError } from './errors.ts';
import { PackSchema, type Pack } from './schema.ts';
import { rememberLocation } from './source-map.ts';

/** Reads a pack from YAML or JSON text and validates it. Throws PackError naming file, line, column, rule and reason. */
export function parsePack(source: string, file: string): Pack {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (path: readonly (string | number)[]) => locateInDocument(doc, lineCounter, path);

  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const at = lineCounter.linePos(syntaxError.pos[0]);
    throw new PackError(`not valid YAML or JSON: ${syntaxError.message.split('\n')[0]}`, { file, line: at.line, column: at.col });
  }
  const raw = toPlainData(doc, file);
  const result = PackSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const at = locate(issue.path as (string | number)[]);
    throw new PackError(`${describePath(issue.path)}${issue.message}`, {
      file,
      line: at?.line,
      column: at?.column,
      ruleId: ruleIdAt(raw, issue.path),
    });
  }
  rememberLocation(result.data, { file, locate });
  return result.data;
}

/**
 * Packs share matchers through YAML anchors, and an alias inside an anchored node counts once for every
 * alias of that node; the cap stops an alias bomb, not a big pack.
 */
const MAX_ALIAS_EXPANSIONS = 1000;

function toPlainData(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new PackError(`YAML aliases expand too much (${error.message}): share fewer nested anchors`, { file });
  }
}

/** The deepest node that exists along the path, so a missing key points at its parent. */
function locateInDocument(doc: Document, lineCounter: LineCounter, path: readonly (string | number)[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const at = lineCounter.linePos(node.range[0]);
      return { line: at.line, column: at.col };
    }
  }
  return undefined;
}

function describePath(path: readonly PropertyKey[]): string {
  const shown = path.filter((p) => typeof p !== 'symbol').join('.');
  return shown ? `${shown}: ` : '';
}

function ruleIdAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (raw as { rules?: unknown[] }).rules;
  const id = (rules?.[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
