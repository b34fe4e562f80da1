import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { dueAfter, gateOutcomesOf, programTaskText, type PhaseDefinition, type ActivityStatus, type EvaluationDecision, type GateDecision, type Governance, type LocalizedText } from '@gov/domain';
import {
  ActivityEvaluationEntity,
  CalendarRules,
  NetworkMeetingEntity,
  TemplateStore,
  NetworkMemberEntity,
  ProgramActivityEntity,
  ProgramEntity,
  TaskEntity,
} from '@gov/persistence';
import {
  taskWorkflowId,
  type HumanTaskInput,
  type OpenTaskRequest,
  type ProgramActivities,
  type ProgramPosition,
} from '@gov/temporal/contracts';
import { AuditWriter } from './audit-writer.js';
import { rowNotThereYet } from './row-not-there-yet.js';
import { insertTask, taskInput } from './task-rows.js';

/** A network meeting lasts two hours in the calendar invitation. */
const MEETING_LENGTH_MS = 2 * 3_600_000;

@Injectable()
export class ProgramActivitiesService implements ProgramActivities {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(AuditWriter) private readonly audit: AuditWriter,
    @Inject(CalendarRules) private readonly calendars: CalendarRules,
    @Inject(TemplateStore) private readonly templates: TemplateStore,
  ) {}

  async openProgramTask(request: OpenTaskRequest): Promise<HumanTaskInput> {
    return this.db.transaction(async (m) => {
      const existing = await m.findOneBy(TaskEntity, { id: request.taskId });
      if (existing) return taskInput(existing);
      const program = await this.program(m, request.programId);
      const g = program.governance!;
      const activity = request.activityId ? ((await m.findOneBy(ProgramActivityEntity, { id: request.activityId })) ?? rowNotThereYet(`Activity ${request.activityId}`)) : null;
      const assigneeId =
        request.assignee === 'owner' ? program.ownerId : request.assignee === 'gate-owner' ? (program.gateOwnerId ?? program.ownerId) : activity?.responsibleId;
      if (!assigneeId) throw ApplicationFailure.nonRetryable(`Program ${program.id} has nobody to take a ${request.purpose} task`, 'NoAssignee');
      const due = {
        step: g.durations.step,
        gate: g.durations.gate,
        'activity-planning': g.durations.activityPlanning,
        'activity-evaluation': g.durations.activityEvaluation,
        'activity-status': g.network?.statusReportBefore ?? g.durations.step,
        'network-status': g.network?.statusReportBefore ?? g.durations.step,
        'yearly-check': g.durations.step,
      }[request.purpose];
      // The program's calendar, its registered closures included.
      const rule = await this.calendars.ruleFor(g.calendar, m);
      const policy = request.purpose === 'gate' ? g.reminderPolicies.gate : request.purpose.endsWith('status') ? g.reminderPolicies.statusReport : g.reminderPolicies.default;
      const template = await this.templates.find(program.templateKey, program.templateVersion, m);
      const phase = template?.phases.find((p) => p.key === request.phaseKey);
      // A decision point with its own outcomes asks for one of them; Skola först's gate keeps its text.
      const outcomes = request.purpose === 'gate' && phase && typeof phase.gate === 'object' ? gateOutcomesOf(phase) : undefined;
      const text = programTaskText(request.purpose, { name: activity ? { sv: activity.title, en: activity.title } : subjectName(phase, request), ...(outcomes ? { outcomes } : {}) });
      const task = await insertTask(m, this.audit, {
        id: request.taskId,
        ...text,
        assigneeId,
        escalateToId: request.assignee === 'owner' ? (program.gateOwnerId ?? program.ownerId!) : program.ownerId!,
        programId: program.id,
        phaseKey: request.phaseKey ?? null,
        activityId: request.activityId ?? null,
        purpose: request.purpose,
        subjectKey: request.subjectKey,
        // Working days (5WD) count the program's calendar; a deadline on a day off moves to the working day before.
        dueAt: new Date(dueAfter(Date.now(), due, rule)),
        reminderPolicy: policy,
        meeting: null,
        ...(g.calendar ? { calendar: g.calendar } : {}),
      });
      return taskInput(task, {}, rule);
    });
  }

  async recordProgramPosition(position: ProgramPosition): Promise<void> {
    await this.db.transaction(async (m) => {
      const changes: Partial<ProgramEntity> = {};
      for (const key of ['phaseKey', 'stepKey', 'stepStatus', 'stepTaskId', 'gateTaskId', 'status'] as const) {
        if (position[key] !== undefined) (changes as Record<string, unknown>)[key] = position[key];
      }
      if (Object.keys(changes).length) await m.update(ProgramEntity, { id: position.programId }, changes);
      for (const [i, event] of position.events.entries()) await this.audit.write(event, m, i);
    });
  }

  async readGateDecision({ taskId }: { taskId: string }): Promise<{ decision: GateDecision }> {
    const task = await this.db.manager.findOneBy(TaskEntity, { id: taskId });
    const decision = task?.answer?.decision;
    if (typeof decision !== 'string' || !decision) {
      rowNotThereYet(`The decision of gate task ${taskId}`);
    }
    return { decision };
  }

  async prepareNetworkMeeting({ programId, number, startsAt }: { programId: string; number: number; startsAt: string }): Promise<HumanTaskInput[]> {
    return this.db.transaction(async (m) => {
      const program = await this.program(m, programId);
      const g = program.governance!;
      const start = new Date(startsAt);
      const created = await m
        .createQueryBuilder()
        .insert()
        .into(NetworkMeetingEntity)
        .values({ programId, number, startsAt: start })
        .orIgnore()
        .execute();
      const text = programTaskText('network-status', { name: { sv: number === 0 ? 'Uppstartsmöte' : `Möte ${number}`, en: number === 0 ? 'Kickoff' : `Meeting ${number}` }, detail: `#${number}` });
      const { inputs, members } = await this.memberTasks(m, program, 'network-status', `meeting-${number}`, {
        ...text,
        phaseKey: null,
        // The report is due when the meeting starts; the invitation goes out when the task opens.
        dueAt: start,
        reminderPolicy: g.reminderPolicies.statusReport,
        meeting: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + MEETING_LENGTH_MS).toISOString() },
      });
      if (created.identifiers.length || created.raw?.length) {
        await this.audit.write({ type: 'network.meeting_scheduled', actor: { kind: 'system' }, programId, data: { number, startsAt, members } }, m, 0);
      }
      return inputs;
    });
  }

  async openYearlyPlanningCheck({ programId, round }: { programId: string; round: number }): Promise<HumanTaskInput[]> {
    return this.db.transaction(async (m) => {
      const program = await this.program(m, programId);
      const g = program.governance!;
      const text = programTaskText('yearly-check', { name: { sv: 'Verksamhetsplan', en: 'Annual plan' }, detail: `#${round}` });
      const { inputs } = await this.memberTasks(m, program, 'yearly-check', `round-${round}`, {
        ...text,
        phaseKey: program.phaseKey,
        dueAt: new Date(dueAfter(Date.now(), g.durations.step, await this.calendars.ruleFor(g.calendar, m))),
        reminderPolicy: g.reminderPolicies.default,
        meeting: null,
        ...(g.calendar ? { calendar: g.calendar } : {}),
      });
      return inputs;
    });
  }

  async recordActivityStage(stage: { activityId: string; programId: string; status: ActivityStatus; cycle: number; events: Parameters<AuditWriter['write']>[0][] }): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.update(ProgramActivityEntity, { id: stage.activityId }, { status: stage.status, cycle: stage.cycle });
      for (const [i, event] of stage.events.entries()) await this.audit.write(event, m, i);
    });
  }

  async readEvaluation({ activityId, cycle }: { activityId: string; cycle: number }): Promise<{ decision: EvaluationDecision }> {
    const row = await this.db.manager.findOneBy(ActivityEvaluationEntity, { activityId, cycle });
    if (!row) rowNotThereYet(`The evaluation of activity ${activityId}, cycle ${cycle}`);
    return { decision: row.decision };
  }

  private async program(m: EntityManager, id: string): Promise<ProgramEntity & { governance: Governance }> {
    const program = await m.findOneBy(ProgramEntity, { id });
    if (!program) rowNotThereYet(`Program ${id}`);
    // A program without governance or owner is a business state that waiting does not change.
    if (!program.governance || !program.ownerId) throw ApplicationFailure.nonRetryable(`Program ${id} has no governance or no owner`, 'ProgramNotGoverned');
    return program as ProgramEntity & { governance: Governance };
  }

  /**
   * A task for every current network member who has none yet for this purpose and subject, and
   * all of them returned: a retried activity finds the tasks it made and adds nothing.
   */
  private async memberTasks(
    m: EntityManager,
    program: ProgramEntity,
    purpose: 'network-status' | 'yearly-check',
    subjectKey: string,
    task: Pick<TaskEntity, 'title' | 'instructions' | 'answerForm' | 'phaseKey' | 'dueAt' | 'reminderPolicy' | 'meeting'>,
  ): Promise<{ inputs: HumanTaskInput[]; members: number }> {
    const programId = program.id;
    const existing = await m.find(TaskEntity, { where: { programId, purpose, subjectKey } });
    const members = await m.find(NetworkMemberEntity, { where: { programId, leftAt: IsNull() }, order: { joinedAt: 'ASC' } });
    const inputs = existing.map((t) => taskInput(t));
    let index = 0;
    for (const member of members) {
      if (existing.some((t) => t.assigneeId === member.personId)) continue;
      const row = await insertTask(
        m,
        this.audit,
        { id: randomUUID(), ...task, assigneeId: member.personId, escalateToId: program.ownerId!, programId, activityId: null, purpose, subjectKey },
        ++index,
      );
      inputs.push(taskInput(row));
    }
    return { inputs, members: members.length };
  }
}

/** The step or phase a task is about, named as the template names it. */
function subjectName(phase: PhaseDefinition | undefined, request: OpenTaskRequest): LocalizedText {
  const step = phase?.steps.find((s) => s.key === request.subjectKey);
  return step?.name ?? phase?.name ?? { sv: request.subjectKey, en: request.subjectKey };
}
