import { In, type EntityManager } from 'typeorm';
import { readsEverything } from '@gov/domain';
import { PersonEntity } from '@gov/persistence';
import type { Principal } from './principal.js';

/**
 * The persons among `ids` a caller may learn about: everyone for the project office and managers;
 * for a contact person themselves and their own organization's people (as GET /persons shows them),
 * so that another organization's contact person is never named or identified to them.
 */
export async function knownPersons(m: EntityManager, principal: Principal, ids: readonly (string | null | undefined)[]): Promise<Set<string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (readsEverything(principal.role)) return new Set(wanted);
  const known = new Set(wanted.filter((id) => id === principal.personId));
  const others = wanted.filter((id) => !known.has(id));
  if (others.length && principal.organizationId) {
    const own = await m.find(PersonEntity, { select: { id: true }, where: { id: In(others), organizationId: principal.organizationId } });
    for (const p of own) known.add(p.id);
  }
  return known;
}

/** The id when the caller may know the person, null otherwise. */
export function shownPerson(known: Set<string>, id: string | null): string | null {
  return id && known.has(id) ? id : null;
}
