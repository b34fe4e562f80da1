import { ConflictException, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CohortEntity, CohortMemberEntity } from '@gov/persistence';

/** The cohort, or a 404. */
export async function findCohort(m: EntityManager, id: string): Promise<CohortEntity> {
  const cohort = await m.findOneBy(CohortEntity, { id });
  if (!cohort) throw new NotFoundException(`Cohort ${id} not found`);
  return cohort;
}

/** The person's membership of the cohort, once they have registered interest (a 409 before). */
export async function registeredMember(m: EntityManager, cohortId: string, personId: string): Promise<CohortMemberEntity> {
  const member = await m.findOneBy(CohortMemberEntity, { cohortId, personId });
  if (!member?.registeredAt) throw new ConflictException('This person has not registered interest in the cohort.');
  return member;
}
