import { DETECTORS } from '../detectors/index.ts';
import type { Detector, DetectorContext } from '../detectors/types.ts';
import { MatcherError } from '../errors.ts';
import type { CompileEnv, Hit, MatcherNode } from './types.ts';

export interface DetectorSpec {
  type: 'detector';
  detector: string;
  options?: Record<string, unknown>;
}

export function compileDetector(spec: DetectorSpec, env: CompileEnv): MatcherNode {
  const detector = DETECTORS.get(spec.detector);
  if (!detector) {
    throw new MatcherError(`unknown detector "${spec.detector}" (known: ${[...DETECTORS.keys()].join(', ')})`);
  }
  const options = spec.options ?? {};
  const problem = detector.validateOptions?.(options);
  if (problem) throw new MatcherError(`detector "${spec.detector}": ${problem}`);
  const context: DetectorContext = { org: env.org, options };
  const id = env.nextId();

  if (detector.scope === 'post') {
    return {
      scope: 'post',
      id,
      run(post) {
        const normalized = post.normalized();
        return runDetector(detector, normalized.text, normalized.text.toLowerCase(), context).map((hit) => {
          const [start, end] = normalized.toOriginal(hit.start, hit.end);
          return { ...hit, start, end };
        });
      },
    };
  }
  const keywords = detector.keywords && env.needles.gate(detector.keywords.map((text) => ({ text })));
  return {
    scope: 'segment',
    id,
    run: (segment) => (keywords && !segment.passes(keywords) ? [] : findWith(detector, segment.text, context)),
  };
}

/** A post-scope detector runs once per check: its keywords are looked for directly. */
function runDetector(detector: Detector, text: string, lower: string, context: DetectorContext): Hit[] {
  if (detector.keywords && !detector.keywords.some((k) => lower.includes(k))) return [];
  return findWith(detector, text, context);
}

function findWith(detector: Detector, text: string, context: DetectorContext): Hit[] {
  return detector
    .find(text, context)
    .filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length)
    .map((m) => ({ start: m.start, end: m.end, label: m.label, replacement: m.replacement, vars: m.label ? { label: m.label } : undefined }));
}
