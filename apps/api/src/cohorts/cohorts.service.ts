import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  programTaskText,
  cohortKnowledgeLevels,
  cohortLists,
  completedPerWeek,
  cumulative,
  interviewOutcomes,
  itemsDonePerModule,
  durationToMs,
  levelDevelopment,
  moduleOrder,
  moduleShares,
  unknownCohortKey,
  weeksAheadOfReference,
  type CohortReport,
  type KnowledgeLevel,
} from '@gov/domain';
import {
  AbsenceRepository,
  CalendarRules,
  CohortEntity,
  CohortEvaluationEntity,
  CohortEventAttendanceEntity,
  CohortEventEntity,
  CohortMemberEntity,
  PersonEntity,
  ProgramEntity,
  TaskEntity,
  type CohortMemberStatus,
  TemplateStore,
} from '@gov/persistence';
import { CohortWorkflows, TaskWorkflows, WorkflowCommands } from '@gov/temporal';
import { cohortWorkflowId, type CohortState, type HumanTaskState } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { asCommand } from '../common/database-errors.js';
import type { AdmitManyDto, AnswerOfferDto, AttendeesDto, CohortEventDto, CreateCohortDto, EvaluationDto, InterviewDto, InterviewOutcomeDto, PersonRefDto, PlaceOnListDto } from './cohort.dto.js';
import { TasksService } from '../tasks/tasks.service.js';

const INTERVIEW_MINUTES = 45;
/** The audit events that make up a cohort's promotion history. */
const HISTORY_TYPES = [
  'cohort.listed',
  'cohort.participant_admitted',
  'cohort.place_offered',
  'cohort.offer_accepted',
  'cohort.offer_declined',
  'cohort.offer_expired',
  'cohort.participant_withdrawn',
  'cohort.participant_dropped_out',
];

/** A cohort's journey events as the analytics and the report use them. */
interface JourneyEvents {
  admittedIds: string[];
  progress: { participantId: string; week: number; completed: number }[];
  assessments: { participantId: string; week: number; level: KnowledgeLevel }[];
  advanced: Set<string>;
  outcomes: CohortReport['outcomes'];
}

/**
 * Cohorts (Fast Track, Yrkessvenska …) over HTTP. The cohort workflow owns places and offers (one writer, so
 * concurrent commands never double-book); the read model here records who came, who registered
 * and where each person stands, changed in the same transaction that carries the workflow update,
 * so a refused update leaves nothing behind.
 */
@Injectable()
export class CohortsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskWorkflows) private readonly taskWorkflows: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
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
      await this.cohort(m, cohortId);
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
      const cohort = await this.cohort(m, cohortId);
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
        await this.cohort(m, cohortId);
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
   * An interview with a registered candidate: a task (with a calendar invitation) for the
   * interviewer, whose outcome places the candidate — admitted, on one of the lists, or not suitable.
   */
  scheduleInterview(principal: Principal, cohortId: string, dto: InterviewDto) {
    return asCommand(async () => {
      const { answer, command } = await this.db.transaction(async (m) => {
        const cohort = await this.cohort(m, cohortId);
        await this.registered(m, cohortId, dto.personId);
        const interviewer = await m.findOneBy(PersonEntity, { id: dto.interviewerId });
        if (!interviewer || (interviewer.role !== 'project_office' && interviewer.role !== 'contact_person')) {
          throw new ValidationProblem([{ field: 'interviewerId', message: 'must be a person of the project office or a contact person' }]);
        }
        const subjectKey = `${cohortId}/${dto.personId}`;
        const open = await m.findOneBy(TaskEntity, { purpose: 'interview', subjectKey, status: 'open' });
        if (open) throw new ConflictException(`An interview with this person is already open (task ${open.id}).`);
        const program = await m.findOneByOrFail(ProgramEntity, { id: cohort.programId });
        const candidate = await m.findOneByOrFail(PersonEntity, { id: dto.personId });
        const startsAt = new Date(dto.startsAt);
        const endsAt = new Date(startsAt.getTime() + (dto.minutes ?? INTERVIEW_MINUTES) * 60_000);
        const { row: task, command } = await this.tasks.prepare(
          principal.personId,
          {
            ...programTaskText('interview', { name: { sv: cohort.name, en: cohort.name }, detail: candidate.displayName, lists: cohortLists(cohort.settings) }),
            assigneeId: interviewer.id,
            escalateToId: program.ownerId ?? principal.personId,
            programId: program.id,
            // The outcome is due when the interview ends.
            dueAt: endsAt,
            reminderPolicy: cohort.settings.reminderPolicies.interview,
            meeting: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
            purpose: 'interview',
            subjectKey,
          },
          m,
        );
        return { answer: { taskId: task.id, personId: dto.personId, interviewerId: interviewer.id, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }, command };
      });
      // The interview's workflow starts once its row is committed.
      await this.commands.deliverOrLeave(command);
      return answer;
    });
  }

  /**
   * The interviewer (or the project office) records the outcome: it places the candidate through
   * the cohort workflow (admission refused beyond capacity), keeps the answer on the task and
   * completes it — all or nothing.
   */
  interviewOutcome(principal: Principal, cohortId: string, personId: string, dto: InterviewOutcomeDto) {
    const status: CohortMemberStatus = dto.outcome === 'admit' ? 'admitted' : dto.outcome;
    return asCommand(async () => {
      const command = { actorId: principal.personId, personId };
      // An unknown cohort is a 404 before its workflow is asked (a missing workflow would answer 500);
      // an outcome naming no list of its template a 400 naming the outcomes it takes.
      const cohort = await this.cohort(this.db.manager, cohortId);
      const unknown = unknownCohortKey('outcome', dto.outcome, interviewOutcomes(cohort.settings), 'an interview outcome');
      if (unknown) throw new ValidationProblem([unknown]);
      // "Not suitable" changes no place: it is refused for someone who already has one.
      const before = dto.outcome === 'not-suitable' ? await this.workflows.state(cohortId) : null;
      if (before && (before.admitted.includes(personId) || before.lists.some((e) => e.personId === personId))) {
        throw new ConflictException('This person is already admitted or on a list; the outcome cannot be "not suitable".');
      }
      // One recorded command with both steps — the placement in the cohort, then the interview task's
      // completion — committed with the outcome, delivered in order; a crash in between is finished
      // by the reconciler, a refused placement leaves the interview open and nothing changed.
      const recorded = await this.db.transaction(async (m) => {
        await this.cohort(m, cohortId);
        await this.registered(m, cohortId, personId);
        const task = await m.findOne(TaskEntity, { where: { purpose: 'interview', subjectKey: `${cohortId}/${personId}`, status: 'open' }, lock: { mode: 'pessimistic_write' } });
        // The interviewer, the project office, or the interviewer's substitute while they are away (on their behalf).
        const onBehalfOf = task && principal.personId !== task.assigneeId && principal.role === 'contact_person' && (await this.absences.substituteOf(task.assigneeId, new Date(), m)) === principal.personId ? task.assigneeId : undefined;
        if (!task || (principal.role !== 'project_office' && task.assigneeId !== principal.personId && !onBehalfOf)) throw new NotFoundException('No open interview with this person in the cohort.');
        const commandId = randomUUID();
        await m.update(TaskEntity, { id: task.id }, { pendingAnswer: { outcome: dto.outcome, ...(dto.note ? { note: dto.note } : {}) }, pendingCommandId: commandId });
        const placement = dto.outcome === 'admit' ? [this.workflows.placementStep(cohortId, command)] : dto.outcome === 'not-suitable' ? [] : [this.workflows.placementStep(cohortId, { ...command, list: dto.outcome })];
        return this.commands.record(m, [...placement, this.taskWorkflows.completeStep(task.id, { actorId: principal.personId, outcome: dto.outcome, answerCommandId: commandId, ...(onBehalfOf ? { onBehalfOf } : {}) })], commandId);
      });
      const results = await this.commands.deliver(recorded);
      await this.taskWorkflows.accepted(results[results.length - 1] as HumanTaskState);
      const state = (before ?? results[0]) as CohortState;
      await this.db.manager.update(CohortMemberEntity, { cohortId, personId }, { status });
      return { personId, status, admitted: state.admitted.length, openOffers: state.offers.filter((o) => o.status === 'open') };
    });
  }

  /** A conference or study visit or a guest lecture beside the modules. */
  async addEvent(principal: Principal, cohortId: string, dto: CohortEventDto) {
    await this.cohort(this.db.manager, cohortId);
    const row = { id: randomUUID(), cohortId, kind: dto.kind, title: dto.title, heldOn: dto.heldOn, recordedBy: principal.personId };
    await this.db.manager.insert(CohortEventEntity, row);
    return { ...row, attendees: [] as string[] };
  }

  /** Who attended an event: admitted participants only; recording someone twice changes nothing. */
  async eventAttendance(cohortId: string, eventId: string, dto: AttendeesDto) {
    const event = await this.db.manager.findOneBy(CohortEventEntity, { id: eventId, cohortId });
    if (!event) throw new NotFoundException(`Event ${eventId} not found in cohort ${cohortId}`);
    const state = await asCommand(() => this.workflows.state(cohortId));
    const outsiders = dto.personIds.filter((id) => !state.admitted.includes(id));
    if (outsiders.length) throw new ValidationProblem([{ field: 'personIds', message: `not admitted participants of the cohort: ${outsiders.slice(0, 20).join(', ')}` }]);
    await this.db.manager
      .createQueryBuilder()
      .insert()
      .into(CohortEventAttendanceEntity)
      .values(dto.personIds.map((personId) => ({ eventId, personId })))
      .orIgnore()
      .execute();
    return { eventId, attendees: await this.db.manager.countBy(CohortEventAttendanceEntity, { eventId }) };
  }

  /** The cohort's events, with who attended. */
  async events(cohortId: string) {
    await this.cohort(this.db.manager, cohortId);
    const events = await this.db.manager.find(CohortEventEntity, { where: { cohortId }, order: { heldOn: 'ASC', createdAt: 'ASC' } });
    const attendance = await this.db.manager.find(CohortEventAttendanceEntity, { where: { eventId: In(events.map((e) => e.id)) } });
    return events.map((e) => ({ id: e.id, kind: e.kind, title: e.title, heldOn: e.heldOn, attendees: attendance.filter((a) => a.eventId === e.id).map((a) => a.personId) }));
  }

  /** A participant's journey: assessment, plan, progress, weeks ahead, advanced track. */
  async journey(principal: Principal, cohortId: string, personId: string) {
    // A participant reads their own journey (plan, progress, open material) and nobody else's.
    if (principal.role === 'participant' && principal.personId !== personId) throw new NotFoundException('This person has no journey in the cohort (not admitted).');
    await this.cohort(this.db.manager, cohortId);
    const journey = await this.workflows.journey(cohortId, personId);
    if (!journey) throw new NotFoundException('This person has no journey in the cohort (not admitted).');
    return journey;
  }

  /**
   * A journey command, refused (409 with the reason) when it does not apply; nothing is half-applied.
   * `level`: an assessment's, which must be one of the cohort template's knowledge levels (else a 400 naming them).
   */
  journeyCommand<T>(cohortId: string, run: () => Promise<T>, level?: string): Promise<T> {
    return asCommand(async () => {
      const cohort = await this.cohort(this.db.manager, cohortId);
      const unknown = level === undefined ? null : unknownCohortKey('level', level, cohortKnowledgeLevels(cohort.settings).map((l) => l.key), 'a knowledge level');
      if (unknown) throw new ValidationProblem([unknown]);
      return run();
    });
  }

  /**
   * Cohort analytics, computed from the audit trail's journey events (an event-sourced read model):
   * completed items per week, the share who started and finished each module, knowledge levels
   * over time, the share on the advanced track, and weeks ahead of or behind a reference cohort.
   */
  async analytics(cohortId: string, referenceCohortId?: string) {
    const cohort = await this.cohort(this.db.manager, cohortId);
    return this.analyticsOf(cohort, await this.journeyEvents(cohortId), referenceCohortId);
  }

  private async analyticsOf(cohort: CohortEntity, own: JourneyEvents, referenceCohortId?: string) {
    const cohortId = cohort.id;
    const weeks = cohort.settings.studyWeeks + cohort.settings.projectWeeks;
    const perWeek = completedPerWeek(own.progress, weeks);
    const participants = new Set(own.admittedIds);
    const perParticipant = (values: number[], n: number) => cumulative(values).map((v) => (n ? Math.round((v / n) * 100) / 100 : 0));
    // Items are done in plan order (modules by prerequisite), so completed counts map onto modules.
    const order = moduleOrder(cohort.settings.modules.map((m) => ({ key: m.key, items: m.items, requires: m.requires })));
    const doneByParticipant = new Map<string, Map<string, number>>();
    for (const id of participants) {
      doneByParticipant.set(id, itemsDonePerModule(order, own.progress.filter((p) => p.participantId === id).reduce((n, p) => n + p.completed, 0)));
    }
    const result: Record<string, unknown> = {
      cohortId,
      participants: participants.size,
      weeks,
      completedPerWeek: perWeek,
      completedPerParticipantCumulative: perParticipant(perWeek, participants.size),
      modules: moduleShares(order.map((m) => ({ key: m.key, items: m.items.length })), doneByParticipant),
      knowledgeLevels: levelDevelopment(own.assessments, cohortKnowledgeLevels(cohort.settings).map((l) => l.key)),
      advancedTrackShare: participants.size ? own.advanced.size / participants.size : 0,
    };
    if (referenceCohortId) {
      const reference = await this.cohort(this.db.manager, referenceCohortId);
      const ref = await this.journeyEvents(referenceCohortId);
      const refWeeks = reference.settings.studyWeeks + reference.settings.projectWeeks;
      const refCurve = perParticipant(completedPerWeek(ref.progress, refWeeks), new Set(ref.admittedIds).size);
      const reported = Math.max(0, ...own.progress.map((p) => p.week));
      result.reference = {
        cohortId: referenceCohortId,
        name: reference.name,
        completedPerParticipantCumulative: refCurve,
        weeksAheadOfReference: weeksAheadOfReference((result.completedPerParticipantCumulative as number[]).slice(0, reported), refCurve),
      };
    }
    return result;
  }

  /** A focus-group evaluation: date, group, findings. */
  async evaluate(principal: Principal, cohortId: string, dto: EvaluationDto) {
    await this.cohort(this.db.manager, cohortId);
    const row = { id: randomUUID(), cohortId, heldOn: dto.heldOn, groupName: dto.group, findings: dto.findings, recordedBy: principal.personId };
    await this.db.manager.insert(CohortEvaluationEntity, row);
    return { id: row.id, heldOn: row.heldOn, group: row.groupName, findings: row.findings };
  }

  /** The final cohort report, from the data: admission, the analytics as tables, the focus groups. */
  async report(cohortId: string, referenceCohortId?: string): Promise<CohortReport> {
    // The journey events are read once, for the analytics and the outcomes both.
    const [cohort, own] = await Promise.all([this.cohort(this.db.manager, cohortId), this.journeyEvents(cohortId)]);
    const [overview, analytics, events, evaluations] = await Promise.all([
      this.get(cohortId),
      this.analyticsOf(cohort, own, referenceCohortId),
      this.events(cohortId),
      this.db.manager.find(CohortEvaluationEntity, { where: { cohortId }, order: { heldOn: 'ASC', createdAt: 'ASC' } }),
    ]);
    const reference = analytics.reference as { name: string; weeksAheadOfReference: number[] } | undefined;
    return {
      cohort: { id: cohort.id, name: cohort.name, infoMeetingAt: cohort.infoMeetingAt.toISOString() },
      generatedAt: new Date().toISOString(),
      admission: {
        attendees: overview.counts.attendees,
        registered: overview.counts.registered,
        interviewed: overview.interviews.filter((i) => i.status === 'done').length,
        capacity: overview.capacity,
        admitted: overview.counts.admitted,
        // Fast Track's own three counts, where the cohort has those lists (every list's below).
        ...(overview.lists.waiting ? { waiting: overview.lists.waiting.length } : {}),
        ...(overview.lists['active-interest'] ? { activeInterest: overview.lists['active-interest'].length } : {}),
        ...(overview.lists['passive-interest'] ? { passiveInterest: overview.lists['passive-interest'].length } : {}),
        withdrawn: overview.withdrawn.length,
      },
      lists: overview.listDefinitions.map((l) => ({ key: l.key, name: l.name, count: overview.lists[l.key]?.length ?? 0 })),
      outcomes: own.outcomes,
      events: events.map((e) => ({ heldOn: e.heldOn, kind: e.kind, title: e.title, attendees: e.attendees.length })),
      completedPerWeek: analytics.completedPerWeek as number[],
      modules: (analytics.modules as { module: string; started: number; finished: number }[]).map((m) => ({
        ...m,
        name: cohort.settings.modules.find((x) => x.key === m.module)?.name.sv ?? m.module,
      })),
      knowledgeLevels: analytics.knowledgeLevels as CohortReport['knowledgeLevels'],
      advancedTrackShare: analytics.advancedTrackShare as number,
      reference: reference ? { name: reference.name, weeksAheadOfReference: reference.weeksAheadOfReference } : null,
      evaluations: evaluations.map((e) => ({ heldOn: e.heldOn, group: e.groupName, findings: e.findings })),
    };
  }

  /** Progress, assessments, advanced-track decisions and outcomes of a cohort's journeys, from the audit trail. */
  private async journeyEvents(cohortId: string): Promise<JourneyEvents> {
    const rows: { type: string; person: string; data: Record<string, unknown> }[] = await this.db.query(
      `SELECT type, data->>'personId' AS person, data FROM audit_events
        WHERE cohort_id = $1 AND type IN ('journey.progress_reported', 'journey.assessed', 'journey.level_assessed', 'journey.advanced_track_accepted', 'cohort.participant_admitted', 'cohort.offer_accepted',
                                          'journey.project_started', 'journey.project_submitted', 'journey.completed', 'journey.dropped_out')
        ORDER BY seq`,
      [cohortId],
    );
    const count = (type: string) => new Set(rows.filter((r) => r.type === type).map((r) => r.person)).size;
    return {
      admittedIds: rows.filter((r) => r.type === 'cohort.participant_admitted' || r.type === 'cohort.offer_accepted').map((r) => r.person),
      progress: rows.filter((r) => r.type === 'journey.progress_reported').map((r) => ({ participantId: r.person, week: Number(r.data.week), completed: Number(r.data.completed) })),
      assessments: rows
        .filter((r) => r.type === 'journey.assessed' || r.type === 'journey.level_assessed')
        .map((r) => ({ participantId: r.person, week: r.type === 'journey.assessed' ? 0 : Number(r.data.week), level: r.data.level as KnowledgeLevel })),
      advanced: new Set(rows.filter((r) => r.type === 'journey.advanced_track_accepted').map((r) => r.person)),
      outcomes: {
        projectStarted: count('journey.project_started'),
        projectSubmitted: count('journey.project_submitted'),
        completed: count('journey.completed'),
        droppedOut: count('journey.dropped_out'),
      },
    };
  }

  /** The cohort: capacity, the admitted, its template's lists in offer order, open and past offers. */
  async get(cohortId: string) {
    const cohort = await this.cohort(this.db.manager, cohortId);
    const lists = cohortLists(cohort.settings);
    const state = await this.workflows.state(cohortId);
    const members = await this.db.manager.find(CohortMemberEntity, { where: { cohortId } });
    const people = await this.db.manager.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In(members.map((x) => x.personId)) } });
    // One lookup table: a large cohort names thousands of members.
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const name = (id: string) => names.get(id) ?? null;
    const interviews = await this.db.manager
      .createQueryBuilder(TaskEntity, 't')
      .where(`t.purpose = 'interview' AND t.subject_key LIKE :prefix`, { prefix: `${cohortId}/%` })
      .orderBy('t.created_at', 'ASC')
      .getMany();
    return {
      id: cohort.id,
      programId: cohort.programId,
      name: cohort.name,
      infoMeetingAt: cohort.infoMeetingAt.toISOString(),
      interestClosesAt: cohort.interestClosesAt.toISOString(),
      capacity: state.capacity,
      counts: {
        attendees: members.filter((x) => x.attendedInfoMeeting).length,
        registered: members.filter((x) => x.registeredAt).length,
        admitted: state.admitted.length,
      },
      admitted: state.admitted.map((personId) => ({ personId, name: name(personId) })),
      lists: Object.fromEntries(
        lists.map(({ key }) => [
          key,
          state.lists
            .filter((e) => e.list === key)
            .sort((a, b) => a.position - b.position)
            .map((e) => ({ personId: e.personId, name: name(e.personId), position: e.position })),
        ]),
      ),
      // Not yet placed: at the info meeting, registered (to interview, admit or list), or found not suitable.
      candidates: members
        .filter((x) => x.status === 'attendee' || x.status === 'registered' || x.status === 'not-suitable')
        .map((x) => ({ personId: x.personId, name: name(x.personId), status: x.status, attendedInfoMeeting: x.attendedInfoMeeting, registeredAt: x.registeredAt?.toISOString() ?? null }))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'sv')),
      offers: state.offers,
      withdrawn: state.withdrawn,
      // What the pages show beside the lists: the modules (to name the plan's items) and the weeks.
      listOrder: lists.map((l) => l.key),
      listDefinitions: lists.map((l) => ({ key: l.key, name: l.name, ...(l.description ? { description: l.description } : {}) })),
      knowledgeLevels: cohortKnowledgeLevels(cohort.settings).map((l) => ({ key: l.key, name: l.name, ...(l.description ? { description: l.description } : {}) })),
      studyWeeks: cohort.settings.studyWeeks,
      projectWeeks: cohort.settings.projectWeeks,
      modules: (cohort.settings.modules ?? []).map((x) => ({ key: x.key, name: x.name, items: x.items })),
      paceProfiles: (cohort.settings.paceProfiles ?? []).map((x) => ({ key: x.key, name: x.name })),
      interviews: interviews.map((t) => ({
        taskId: t.id,
        personId: t.subjectKey!.split('/')[1],
        interviewerId: t.assigneeId,
        startsAt: t.meeting?.startsAt ?? null,
        status: t.status,
        outcome: (t.answer?.outcome as string | undefined) ?? null,
      })),
    };
  }

  /**
   * The promotion history, oldest first, from the audit trail: who was put on which list,
   * admitted, offered a freed place (from which list, until when), who answered, whose offer
   * expired, who withdrew or dropped out, with names from the person register (never from the trail).
   */
  async history(cohortId: string) {
    await this.cohort(this.db.manager, cohortId);
    const rows: { type: string; occurredAt: Date; actorId: string | null; data: Record<string, unknown> }[] = await this.db.query(
      `SELECT type, occurred_at AS "occurredAt", actor_id AS "actorId", data FROM audit_events
        WHERE cohort_id = $1 AND type = ANY($2) ORDER BY seq`,
      [cohortId, HISTORY_TYPES],
    );
    const ids = new Set<string>();
    for (const r of rows) {
      if (typeof r.data.personId === 'string') ids.add(r.data.personId);
      if (r.actorId) ids.add(r.actorId);
    }
    const people = ids.size ? await this.db.manager.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In([...ids]) } }) : [];
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    // The list each person stood on last: where an admission or accepted offer moved them from.
    const lastList = new Map<string, string>();
    return rows.map((r) => {
      const personId = String(r.data.personId ?? '');
      const list = typeof r.data.list === 'string' ? r.data.list : null;
      const from = r.type === 'cohort.listed' ? (lastList.get(personId) ?? null) : r.type === 'cohort.place_offered' ? list : (lastList.get(personId) ?? null);
      if (r.type === 'cohort.listed' && list) lastList.set(personId, list);
      if (r.type === 'cohort.participant_admitted' || r.type === 'cohort.offer_accepted') lastList.set(personId, 'admitted');
      if (r.type === 'cohort.participant_withdrawn' || r.type === 'cohort.participant_dropped_out') lastList.set(personId, 'withdrawn');
      return {
        at: new Date(r.occurredAt).toISOString(),
        type: r.type.slice('cohort.'.length),
        personId,
        name: name(personId),
        from,
        to: r.type === 'cohort.listed' ? list : null,
        deadline: typeof r.data.deadline === 'string' ? r.data.deadline : null,
        actorId: r.actorId,
        actorName: name(r.actorId),
      };
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
        const cohort = await this.cohort(m, cohortId);
        const problem = unknown?.(cohort);
        if (problem) throw new ValidationProblem([problem]);
        return this.registered(m, cohortId, personId);
      });
      // The cohort workflow, the one writer of places, decides first (no transaction is held open
      // across it); the read model follows what it accepted.
      const state = await run(this.db.manager);
      if (status) await this.db.manager.update(CohortMemberEntity, { cohortId, personId }, { status });
      return { personId, status: status ?? member.status, admitted: state.admitted.length, openOffers: state.offers.filter((o) => o.status === 'open') };
    });
  }

  private async registered(m: EntityManager, cohortId: string, personId: string): Promise<CohortMemberEntity> {
    const member = await m.findOneBy(CohortMemberEntity, { cohortId, personId });
    if (!member?.registeredAt) throw new ConflictException('This person has not registered interest in the cohort.');
    return member;
  }

  private async cohort(m: EntityManager, id: string): Promise<CohortEntity> {
    const cohort = await m.findOneBy(CohortEntity, { id });
    if (!cohort) throw new NotFoundException(`Cohort ${id} not found`);
    return cohort;
  }

  private async participants(m: EntityManager, ids: string[], field: string): Promise<void> {
    const found = await m.find(PersonEntity, { select: { id: true }, where: { id: In(ids), role: 'participant' } });
    const missing = ids.filter((id) => !found.some((p) => p.id === id));
    if (missing.length) throw new ValidationProblem([{ field, message: `not participants: ${missing.slice(0, 20).join(', ')}` }]);
  }

}
