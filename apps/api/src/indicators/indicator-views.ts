import { In, type EntityManager } from 'typeorm';
import { EffectGoalIndicatorEntity, PersonEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';

/** An indicator as the API shows it; its owner named only to a caller who may know the person. */
export function indicatorView(row: EffectGoalIndicatorEntity, known: Set<string>, names: Map<string, string>) {
  const ownerId = shownPerson(known, row.ownerId);
  return {
    id: row.id,
    programId: row.programId,
    goalNumber: row.goalNumber,
    key: row.key,
    name: { sv: row.nameSv, en: row.nameEn },
    unit: row.unit,
    source: row.source,
    baselineYear: row.baselineYear,
    baselineValue: Number(row.baselineValue),
    targetYear: row.targetYear,
    targetValue: Number(row.targetValue),
    ownerId,
    ownerName: ownerId ? (names.get(ownerId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The persons among `ids` the caller may know, and their names. */
export async function shownOwners(m: EntityManager, principal: Principal, ids: string[]): Promise<{ known: Set<string>; names: Map<string, string> }> {
  const known = await knownPersons(m, principal, ids);
  const people = known.size ? await m.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In([...known]) } }) : [];
  return { known, names: new Map(people.map((p) => [p.id, p.displayName])) };
}
