import { api, ok } from '../api.js';
import { useLoad } from '../hooks.js';

/** Every page of a list the manager may read (persons, organizations), up to a sane cap. */
async function all<T>(read: (query: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>, cap = 1000): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; offset < cap; offset += 100) {
    const page = await read({ limit: 100, offset });
    out.push(...page.items);
    if (out.length >= page.total || !page.items.length) break;
  }
  return out;
}

/**
 * Names for the pseudonymous ids in the audit trail and workflow histories. The trail keeps ids
 * only (a person can be erased without rewriting it); the names come from the master data now.
 */
export function useDirectory() {
  return useLoad(async () => {
    const [persons, organizations] = await Promise.all([
      all((query) => ok(api.GET('/persons', { params: { query } }))),
      all((query) => ok(api.GET('/organizations', { params: { query } }))),
    ]);
    return { persons, organizations, person: new Map(persons.map((p) => [p.id, p.displayName])), organization: new Map(organizations.map((o) => [o.id, o.name])) };
  }, []);
}

export type Directory = NonNullable<ReturnType<typeof useDirectory>['data']>;

/** A short, readable rendering of an entry's or command's own data: `key: value` pairs, long values cut. */
export function summarize(data: Record<string, unknown> | null | undefined, names?: Directory, dateTime?: (iso: string) => string, max = 6): { text: string; more: number } {
  if (!data) return { text: '', more: 0 };
  const entries = Object.entries(data).filter(([, v]) => v !== null && v !== undefined && v !== '');
  const shown = entries.slice(0, max).map(([k, v]) => `${k}: ${typeof v === 'string' && dateTime && ISO_INSTANT.test(v) ? dateTime(v) : valueText(v, names)}`);
  return { text: shown.join(' · '), more: Math.max(0, entries.length - max) };
}

function valueText(v: unknown, names?: Directory): string {
  if (typeof v === 'string') {
    const named = names?.person.get(v) ?? names?.organization.get(v);
    return cut(named ? `${named} (${v.slice(0, 8)})` : v);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.every((x) => typeof x !== 'object') ? cut(v.join(', ')) : `[${v.length}]`;
  return cut(JSON.stringify(v));
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const cut = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
