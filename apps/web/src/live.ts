import { EventSource } from 'eventsource';
import type { Change } from '@gov/domain';

/**
 * Live changes from the API (`GET /changes`, server-sent events): each change in the audit trail
 * as its type and ids (the `Change` the API sends). Pages read again what a change concerns; while
 * the stream delivers, their polling slows to a safety net, and when it does not, polling carries
 * on as before.
 */
export type { Change };

type Listener = (change: Change) => void;

const listeners = new Set<Listener>();
const watchers = new Set<(live: boolean) => void>();
let source: EventSource | null = null;
let delivering = false;

function setDelivering(value: boolean): void {
  if (value === delivering) return;
  delivering = value;
  for (const watcher of watchers) watcher(value);
}

/** Opens the stream with the signed-in person's token (one per tab), or closes it (null). */
export function connectLive(token: string | null): void {
  source?.close();
  source = null;
  setDelivering(false);
  if (!token || typeof window === 'undefined') return;
  const stream = new EventSource('/changes', {
    // The bearer token goes in a header, as for every other request (never in the address).
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${token}` } }),
  });
  stream.onmessage = (message) => {
    let change: Change & { listening?: boolean };
    try {
      change = JSON.parse(message.data as string);
    } catch {
      return;
    }
    if (change.type === 'ping') return;
    if (change.type === 'hello') {
      setDelivering(change.listening === true);
      return;
    }
    if (change.type === 'resync') setDelivering(true);
    for (const listener of listeners) listener(change);
  };
  // The stream reconnects by itself; meanwhile pages poll as usual.
  stream.onerror = () => setDelivering(false);
  source = stream;
}

/** Whether changes are arriving now (so polling can slow down). */
export function isLive(): boolean {
  return delivering;
}

export function onChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Follows whether changes arrive live (for the header's indicator). */
export function onLiveStatus(watcher: (live: boolean) => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
