/**
 * The gallery for the page: built in slices after the page has painted, so the composers and the
 * keyboard work at once; a build for older packs or another language is cancelled, never shown.
 */
import { useEffect, useState } from 'react';
import type { Checker } from '../rules/engine/index.ts';
import { buildGalleryInSlices, type GalleryProgress } from './gallery.ts';

const NOTHING_YET: GalleryProgress = { sections: [], done: false };

interface Built {
  checker: Checker;
  locale: string;
  progress: GalleryProgress;
}

/** `checker` undefined: the packs are still compiling. */
export function useGallery(checker: Checker | undefined, locale: string): GalleryProgress {
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    if (!checker) return;
    const build = buildGalleryInSlices(checker, locale, (progress) => setBuilt({ checker, locale, progress }));
    return () => build.cancel();
  }, [checker, locale]);
  // Until the new build shows something, the old one's scenarios (other packs, other language) are not shown.
  return built && built.checker === checker && built.locale === locale ? built.progress : NOTHING_YET;
}
