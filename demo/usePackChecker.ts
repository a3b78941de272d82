/**
 * The page's packs and their checker. The checker is compiled in slices after the page has
 * painted; until it is ready `checker` is undefined, and whoever needs it at once (a composer
 * being checked) calls compileNow(), which finishes the compile in that task.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Checker, Pack } from '../rules/engine/index.ts';
import type { PendingCompile } from '../rules/engine/incremental.ts';
import { checkerInSlices } from './packs.ts';

interface Compiled {
  packs: Pack[];
  checker: Checker;
}

export interface PackChecker {
  packs: Pack[];
  checker: Checker | undefined;
  compileNow(): Checker | undefined;
  /** New packs, compiled in slices. */
  choosePacks(packs: Pack[]): void;
  /** New packs whose checker is already compiled (a loaded pack file is compiled to check it). */
  adoptCompiled(packs: Pack[], checker: Checker): void;
}

export function usePackChecker(initialPacks: Pack[], onFailed: (error: unknown) => void): PackChecker {
  const [packs, setPacks] = useState(initialPacks);
  const [compiled, setCompiled] = useState<Compiled | null>(null);
  const pending = useRef<PendingCompile | null>(null);
  const failed = useRef(onFailed);
  failed.current = onFailed;

  useEffect(() => {
    if (compiled?.packs === packs) return;
    const compile = checkerInSlices(packs, { ready: (checker) => setCompiled({ packs, checker }), failed: (error) => failed.current(error) });
    pending.current = compile;
    return () => {
      compile.cancel();
      pending.current = null;
    };
    // Only new packs start a compile; `compiled` is read to skip packs that came already compiled.
  }, [packs]);

  const compileNow = useCallback(() => pending.current?.finishNow(), []);
  const adoptCompiled = useCallback((next: Pack[], checker: Checker) => {
    setPacks(next);
    setCompiled({ packs: next, checker });
  }, []);
  return { packs, checker: compiled?.packs === packs ? compiled.checker : undefined, compileNow, choosePacks: setPacks, adoptCompiled };
}
