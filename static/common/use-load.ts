import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome, UiError } from './client';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: UiError }
  | { readonly status: 'ready'; readonly data: T; readonly reloading: boolean };

/**
 * Runs `load` when its inputs change and on reload(); answers that arrive
 * after a newer request started are dropped. A reload keeps showing the old
 * data until the new answer arrives. `load === null` means "nothing to load yet".
 */
export const useLoad = <T>(load: (() => Promise<Outcome<T>>) | null, deps: readonly unknown[]) => {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const seq = useRef(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (load === null) return;
    const mine = ++seq.current;
    setState((s) => (s.status === 'ready' ? { ...s, reloading: true } : { status: 'loading' }));
    void load().then((o) => {
      if (mine !== seq.current) return;
      setState(o.ok ? { status: 'ready', data: o.data, reloading: false } : { status: 'error', error: o.error });
    });
  }, [...deps, tick]); // load is re-created each render; deps name what it reads

  const reload = useCallback(() => setTick((t) => t + 1), []);
  /** Replace the data with a fresher answer (a mutation's response). */
  const replace = useCallback((data: T) => {
    seq.current++;
    setState({ status: 'ready', data, reloading: false });
  }, []);
  return { state, reload, replace };
};
