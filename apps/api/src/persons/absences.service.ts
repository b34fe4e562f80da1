import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AbsenceEntity, AbsenceRepository, AuditTrail, PersonEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { AbsenceView, CreateAbsenceDto } from './person.dto.js';

/** An absence lasts at most a year; a longer one is a handover. */
const MAX_ABSENCE_MS = 366 * 86_400_000;

/**
 * Absences with a substitute (vikarie): a person — or the project office for them — says who acts
 * for them from when until when. While it runs their tasks are the substitute's to act on (and in
 * the substitute's inbox), reminders go to the substitute, and what the substitute completes is on
 * the record as on their behalf; the tasks stay theirs and return when it ends.
 */
@Injectable()
export class AbsencesService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
  ) {}

  async create(principal: Principal, personId: string, dto: CreateAbsenceDto): Promise<AbsenceView> {
    const person = await this.reachable(principal, personId);
    const substitute = await this.db.manager.findOneBy(PersonEntity, { id: dto.substituteId });
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const problems: FieldError[] = [];
    if (person.role !== 'contact_person' && person.role !== 'project_office') problems.push({ field: 'personId', message: 'only a contact person or the project office holds tasks to hand to a substitute' });
    if (!substitute) problems.push({ field: 'substituteId', message: `person ${dto.substituteId} does not exist` });
    else if (substitute.id === person.id) problems.push({ field: 'substituteId', message: 'a person is not their own substitute' });
    else if (person.role === 'contact_person' && !(substitute.role === 'contact_person' && substitute.organizationId === person.organizationId)) {
      problems.push({ field: 'substituteId', message: 'a contact person’s substitute is a contact person of the same organization' });
    } else if (person.role === 'project_office' && substitute.role !== 'project_office') problems.push({ field: 'substituteId', message: 'the project office’s substitute is of the project office' });
    if (endsAt.getTime() <= startsAt.getTime()) problems.push({ field: 'endsAt', message: 'after startsAt' });
    else if (endsAt.getTime() <= Date.now()) problems.push({ field: 'endsAt', message: 'in the future' });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_ABSENCE_MS) problems.push({ field: 'endsAt', message: 'at most a year after startsAt (a longer absence is a handover)' });
    if (problems.length) throw new ValidationProblem(problems);
    const row = { id: randomUUID(), personId, substituteId: dto.substituteId, startsAt, endsAt, createdBy: principal.personId };
    await this.db.transaction(async (m) => {
      await m.insert(AbsenceEntity, row);
      await this.record(m, principal, 'person.absence_set', row.id, personId, { substituteId: dto.substituteId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    });
    return view({ ...row, createdAt: new Date() });
  }

  async list(principal: Principal, personId: string): Promise<AbsenceView[]> {
    await this.reachable(principal, personId);
    return (await this.absences.list(personId)).map(view);
  }

  /** Ends an absence now (one not begun yet is withdrawn); its tasks are the person's own again. */
  async end(principal: Principal, personId: string, absenceId: string): Promise<void> {
    await this.reachable(principal, personId);
    const absence = await this.absences.findById(absenceId);
    if (!absence || absence.personId !== personId) throw new NotFoundException(`Absence ${absenceId} not found`);
    if (absence.endsAt.getTime() <= Date.now()) return;
    const now = new Date();
    await this.db.transaction(async (m) => {
      if (absence.startsAt.getTime() > now.getTime()) await m.delete(AbsenceEntity, { id: absenceId });
      else await m.update(AbsenceEntity, { id: absenceId }, { endsAt: now });
      await this.record(m, principal, 'person.absence_ended', absenceId, personId, { substituteId: absence.substituteId, endedAt: now.toISOString() });
    });
  }

  /** One entry on the record about an absence, keyed by the absence and what happened to it. */
  private record(m: EntityManager, principal: Principal, type: 'person.absence_set' | 'person.absence_ended', absenceId: string, personId: string, data: Record<string, unknown>) {
    return this.trail.record(
      { type, actorKind: 'person', actorId: principal.personId, actorRole: principal.role, programId: null, workflowId: null, runId: null, subjectPersonId: personId, dedupeKey: `absence-${absenceId}/${type.split('_')[1]}`, data: { absenceId, personId, ...data } },
      m,
    );
  }

  /** Oneself, or anyone for the project office. */
  private async reachable(principal: Principal, personId: string): Promise<PersonEntity> {
    const person = principal.personId === personId || principal.role === 'project_office' ? await this.db.manager.findOneBy(PersonEntity, { id: personId }) : null;
    if (!person) throw new NotFoundException(`Person ${personId} not found`);
    return person;
  }
}

function view(a: AbsenceEntity): AbsenceView {
  const now = Date.now();
  return { id: a.id, personId: a.personId, substituteId: a.substituteId, startsAt: a.startsAt.toISOString(), endsAt: a.endsAt.toISOString(), active: a.startsAt.getTime() <= now && now < a.endsAt.getTime(), createdBy: a.createdBy };
}
