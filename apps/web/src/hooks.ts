import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isLive, onChange, type Change } from './live.js';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Loads data for a page and loads it again when deps change; with refreshMs it also refreshes
 * while the tab is visible, so state that workflows move on (a step opening, a task leaving the
 * inbox) shows up without a reload. With `when`, a live change it matches reloads at once, and
 * while live changes arrive the polling only runs once a minute, as a safety net. A refresh keeps
 * the old data on screen until the new arrives.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], refreshMs?: number, when?: (change: Change) => boolean): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const generation = useRef(0);
  const loadedAt = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    loadedAt.current = Date.now();
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error) => mine === generation.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  const matches = useRef(when);
  matches.current = when;
  const live = when !== undefined;
  useEffect(() => {
    setState({ loading: true });
    run();
    const stops: (() => void)[] = [];
    if (refreshMs) {
      const timer = setInterval(() => {
        if (document.visibilityState !== 'visible') return;
        if (live && isLive() && Date.now() - loadedAt.current < SAFETY_NET_MS) return;
        run();
      }, refreshMs);
      stops.push(() => clearInterval(timer));
    }
    if (live) {
      // Changes come in bursts (a command writes several entries): one reload for a burst.
      let pending: ReturnType<typeof setTimeout> | undefined;
      stops.push(
        onChange((change) => {
          if (change.type !== 'resync' && !matches.current?.(change)) return;
          clearTimeout(pending);
          pending = setTimeout(run, BURST_MS);
        }),
        () => clearTimeout(pending),
      );
    }
    return () => stops.forEach((stop) => stop());
  }, [run, refreshMs, live]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

const SAFETY_NET_MS = 60_000;
const BURST_MS = 150;

/** A command in flight: its error (a problem document) and whether it is busy. */
export function useCommand() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async <T,>(command: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await command();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}
