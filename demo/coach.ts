/**
 * Wires the look-alike composers to the very same CoachController the content script uses:
 * same checking, underlines, pill, tip cards, quick fixes and pre-post dialog.
 */
import twitterText from 'twitter-text';
import type { Checker, Finding, Platform } from '../rules/engine/index.ts';
import { getLocale } from '../lib/i18n.ts';
import { CoachController } from '../components/controller.tsx';
import type { CoachComposer } from '../components/types.ts';
import { readText } from '../sites/text.ts';
import { replaceText } from '../sites/edit.ts';

export const LIMITS: Record<Platform, number> = { x: 280, linkedin: 3000 };

export interface DemoCoach {
  controller: CoachController;
  composers: Record<Platform, CoachComposer>;
  check(text: string, platform: Platform): Finding[];
  /** Asks before a simulated post, as on the real site; resolves true when the post "goes out". */
  post(platform: Platform): Promise<boolean>;
  destroy(): void;
}

function composerFor(platform: Platform, element: HTMLElement): CoachComposer {
  return {
    id: `demo-${platform}`,
    element,
    kind: `demo.${platform}`,
    platform,
    surface: 'post',
    limit: LIMITS[platform],
    weighted: platform === 'x',
    read: () => readText(element),
    replace: (before, start, end, replacement) => replaceText(element, before, start, end, replacement),
  };
}

/** `checker` may be undefined when the packs failed to compile: nothing is flagged then. */
export function startDemoCoach(editors: Record<Platform, HTMLElement>, checker: () => Checker | undefined, onError: (where: string, error: unknown) => void): DemoCoach {
  // An empty composer (each one as it is attached) has nothing to flag: it must not ask for the checker, which may still be compiling.
  const check = (text: string, platform: Platform) => (text.length === 0 ? [] : (checker()?.check(text, { platform, surface: 'post', locale: getLocale() }) ?? []));
  const controller = new CoachController({
    check: (text, composer) => check(text, composer.platform),
    mode: () => 'confirm',
    measure: (text, composer) => (composer.weighted ? twitterText.parseTweet(text).weightedLength : text.length),
    onError,
  });
  const composers = { x: composerFor('x', editors.x), linkedin: composerFor('linkedin', editors.linkedin) };
  controller.attach(composers.x);
  controller.attach(composers.linkedin);
  // The page's own layout moves the editors (a scrollbar appears, a panel opens) without any
  // scroll or resize event; keep the underlines and pills on them.
  const moved = new ResizeObserver(() => controller.requestRender());
  moved.observe(document.body);
  moved.observe(editors.x);
  moved.observe(editors.linkedin);
  return {
    controller,
    composers,
    check,
    async post(platform) {
      const id = composers[platform].id;
      const goesOut = !controller.holds(id) || (await controller.confirm(id));
      if (goesOut) controller.posted(id);
      return goesOut;
    },
    destroy: () => {
      moved.disconnect();
      controller.destroy();
    },
  };
}
