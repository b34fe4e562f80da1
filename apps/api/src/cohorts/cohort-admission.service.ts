import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import { cohortLists, durationToMs, journeyPlanOf, unknownCohortKey } from '@gov/domain';
import { CalendarRules, CohortEntity, CohortMemberEntity, PersonEntity, ProgramEntity, type CohortMemberStatus, TemplateStore } from '@gov/persistence';
import { CohortWorkflows, WorkflowCommands } from '@gov/temporal';
import { cohortWorkflowId, type CohortState } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { asCommand } from '../common/database-errors.js';
import type { AdmitManyDto, AnswerOfferDto, AttendeesDto, CreateCohortDto, PersonRefDto, PlaceOnListDto } from './cohort.dto.js';
import { findCohort, registeredMember } from './cohort-lookups.js';

/**
 * Cohorts (Fast Track, Yrkessvenska …) over HTTP. The cohort workflow owns places and offers (one writer, so
 * concurrent commands never double-book); the read model here records who came, who registered
 * and where each person stands, changed in the same transaction that carries the workflow update,
 * so a refused update leaves nothing behind.
 */
@Injectable()
export class CohortAdmissionService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(CalendarRules) private readonly calendars: CalendarRules,
    @Inject(TemplateStore) private readonly templates: TemplateStore,
  ) {}

  async create(programId: string, dto: CreateCohortDto) {
    const program = await this.db.manager.findOneBy(ProgramEntity, { id: programId });
    if (!program) throw new NotFoundException(`Program ${programId} not found`);
    const template = (await this.templates.find(program.templateKey, program.templateVersion))?.cohort;
    if (!template) throw new ConflictException(`Program ${programId} runs template ${program.templateKey} v${program.templateVersion}, which has no cohorts.`);
    const calendar = dto.calendar ? { key: dto.calendar.key, basis: dto.calendar.basis ?? ('working-days' as const) } : undefined;
    const settings = { ...template, capacity: dto.capacity ?? template.capacity, offerResponse: dto.offerResponse ?? template.offerResponse, ...(calendar ? { calendar } : {}) };
    const id = randomUUID();
    const infoMeetingAt = new Date(dto.infoMeetingAt);
    return asCommand(async () => {
      const { row, command } = await this.db.transaction(async (m) => {
        await m.insert(CohortEntity, {
          id,
          programId,
          name: dto.name,
          settings,
          infoMeetingAt,
          interestClosesAt: new Date(infoMeetingAt.getTime() + durationToMs(settings.interestWindow)),
          workflowId: cohortWorkflowId(id),
        });
        const command = await this.commands.record(m, [
          this.workflows.startStep({
            cohortId: id,
            programId,
            capacity: settings.capacity,
            listOrder: cohortLists(settings).map((l) => l.key),
            offerResponse: settings.offerResponse,
            ...(calendar ? { calendar: await this.calendars.ruleFor(calendar, m) } : {}),
            templateKey: program.templateKey,
            templateVersion: program.templateVersion,
            journey: journeyPlanOf(settings),
          }),
        ]);
        return { row: await m.findOneByOrFail(CohortEntity, { id }), command };
      });
      await this.commands.deliverOrLeave(command);
      return row;
    });
  }

  async list(programId: string) {
    if (!(await this.db.manager.existsBy(ProgramEntity, { id: programId }))) throw new NotFoundException(`Program ${programId} not found`);
    const rows = await this.db.manager.find(CohortEntity, { where: { programId }, order: { createdAt: 'ASC' } });
    return rows.map((c) => ({ id: c.id, name: c.name, infoMeetingAt: c.infoMeetingAt.toISOString(), interestClosesAt: c.interestClosesAt.toISOString(), capacity: c.settings.capacity }));
  }

  /** Participants who came to the info meeting. */
  attendees(cohortId: string, dto: AttendeesDto) {
    return this.db.transaction(async (m) => {
      await findCohort(m, cohortId);
      await this.participants(m, dto.personIds, 'personIds');
      await m
        .createQueryBuilder()
        .insert()
        .into(CohortMemberEntity)
        .values(dto.personIds.map((personId) => ({ cohortId, personId, attendedInfoMeeting: true, status: 'attendee' as const })))
        .orUpdate(['attended_info_meeting'], ['cohort_id', 'person_id'])
        .execute();
      return { attendees: await m.countBy(CohortMemberEntity, { cohortId, attendedInfoMeeting: true }) };
    });
  }

  /** Interest registration, open for the template's window after the info meeting. */
  register(cohortId: string, dto: PersonRefDto) {
    return this.db.transaction(async (m) => {
      const cohort = await findCohort(m, cohortId);
      if (Date.now() > cohort.interestClosesAt.getTime()) throw new ConflictException(`Interest registration closed at ${cohort.interestClosesAt.toISOString()}.`);
      await this.participants(m, [dto.personId], 'personId');
      const member = await m.findOneBy(CohortMemberEntity, { cohortId, personId: dto.personId });
      if (member?.registeredAt) throw new ConflictException('This person has already registered interest.');
      await m.upsert(CohortMemberEntity, { cohortId, personId: dto.personId, registeredAt: new Date(), status: 'registered', attendedInfoMeeting: member?.attendedInfoMeeting ?? false }, ['cohortId', 'personId']);
      return { registered: await m.countBy(CohortMemberEntity, { cohortId, registeredAt: Not(IsNull()) }) };
    });
  }

  admit(principal: Principal, cohortId: string, dto: PersonRefDto) {
    return this.command(cohortId, dto.personId, 'admitted', () => this.workflows.admit(cohortId, { actorId: principal.personId, personId: dto.personId }));
  }

  /** Admits registered people together: all of them, or none when one is not registered or the places run out. */
  admitMany(principal: Principal, cohortId: string, dto: AdmitManyDto) {
    return asCommand(() =>
      this.db.transaction(async (m) => {
        await findCohort(m, cohortId);
        const registered = await m.find(CohortMemberEntity, { select: { personId: true }, where: { cohortId, personId: In(dto.personIds), registeredAt: Not(IsNull()) } });
        const known = new Set(registered.map((r) => r.personId));
        const missing = dto.personIds.filter((id) => !known.has(id));
        if (missing.length) throw new ValidationProblem([{ field: 'personIds', message: `not registered in the cohort: ${missing.slice(0, 20).join(', ')}` }]);
        return dto.personIds;
      }).then(async (personIds) => {
        const summary = await this.workflows.admitMany(cohortId, { actorId: principal.personId, personIds });
        await this.db.manager.update(CohortMemberEntity, { cohortId, personId: In(personIds) }, { status: 'admitted' });
        return summary;
      }),
    );
  }

  /** Puts a person on one of the cohort's lists: a list its template does not declare is a 400 naming those it does. */
  placeOnList(principal: Principal, cohortId: string, dto: PlaceOnListDto) {
    const known = (cohort: CohortEntity) => unknownCohortKey('list', dto.list, cohortLists(cohort.settings).map((l) => l.key), "one of the lists");
    return this.command(cohortId, dto.personId, dto.list, () => this.workflows.placeOnList(cohortId, { actorId: principal.personId, personId: dto.personId, list: dto.list }), known);
  }

  withdraw(principal: Principal, cohortId: string, dto: PersonRefDto) {
    return this.command(cohortId, dto.personId, 'withdrawn', () => this.workflows.withdraw(cohortId, { actorId: principal.personId, personId: dto.personId }));
  }

  /** A participant answers their own offer; the project office may answer on their behalf. */
  answerOffer(principal: Principal, cohortId: string, personId: string, dto: AnswerOfferDto) {
    if (principal.role === 'participant' && principal.personId !== personId) throw new NotFoundException('No such offer');
    return this.command(cohortId, personId, dto.accept ? 'admitted' : null, async (m) => {
      const state = await this.workflows.answerOffer(cohortId, { actorId: principal.personId, personId, accept: dto.accept });
      // The offer's task keeps the answer; the cohort workflow closes it.
      await m.query(`UPDATE tasks SET answer = $1 WHERE purpose = 'offer' AND subject_key LIKE $2 AND status = 'open'`, [{ accept: dto.accept }, `${cohortId}/${personId}/%`]);
      return state;
    });
  }

  /**
   * Runs a workflow command and then moves the person's read-model status to what it accepted; a
   * refusal (409 with the workflow's reason) changes nothing.
   */
  private command(
    cohortId: string,
    personId: string,
    status: CohortMemberStatus | null,
    run: (m: EntityManager) => Promise<CohortState>,
    /** A field of the command the cohort's template does not take, checked before anything else is asked: a 400. */
    unknown?: (cohort: CohortEntity) => { field: string; message: string } | null,
  ) {
    return asCommand(async () => {
      const member = await this.db.transaction(async (m) => {
        const cohort = await findCohort(m, cohortId);
        const problem = unknown?.(cohort);
        if (problem) throw new ValidationProblem([problem]);
        return registeredMember(m, cohortId, personId);
      });
      // The cohort workflow, the one writer of places, decides first (no transaction is held open
      // across it); the read model follows what it accepted.
      const state = await run(this.db.manager);
      if (status) await this.db.manager.update(CohortMemberEntity, { cohortId, personId }, { status });
      return { personId, status: status ?? member.status, admitted: state.admitted.length, openOffers: state.offers.filter((o) => o.status === 'open') };
    });
  }

  private async participants(m: EntityManager, ids: string[], field: string): Promise<void> {
    const found = await m.find(PersonEntity, { select: { id: true }, where: { id: In(ids), role: 'participant' } });
    const missing = ids.filter((id) => !found.some((p) => p.id === id));
    if (missing.length) throw new ValidationProblem([{ field, message: `not participants: ${missing.slice(0, 20).join(', ')}` }]);
  }
}
