import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ArrayContains, In, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { activityMatrix, readsEverything, readsOrganization, scaleUpProblem, type Governance } from '@gov/domain';
import {
  ActivityEvaluationEntity,
  EffectGoalIndicatorEntity,
  FocusAreaEntity,
  NetworkMemberEntity,
  OrganizationEntity,
  PersonEntity,
  ProgramActivityEntity,
  ProgramEntity,
  TaskEntity,
} from '@gov/persistence';
import { ProgramWorkflows, TaskWorkflows, WorkflowCommands, type WorkflowCommandStep } from '@gov/temporal';
import { activityWorkflowId } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { ActivitiesQuery, EvaluateActivityDto, ProposeActivityDto } from './phased.dto.js';
import { ProgramContext, type GovernedProgram } from './program-context.js';

/** The phase in which activities are proposed, run and evaluated. */
const IMPLEMENTATION_PHASE = 'implementation';
/** Matches no organization: a caller bound to none (a participant) reads no organization's activities. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/** Phase II: activities in the matrix, each an activity workflow of planning → execution → evaluation cycles. */
@Injectable()
export class ActivitiesService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(ProgramWorkflows) private readonly workflows: ProgramWorkflows,
    @Inject(TaskWorkflows) private readonly tasks: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  /** Proposed by the project office, or by a contact person for their own organization. */
  propose(principal: Principal, programId: string, dto: ProposeActivityDto) {
    return this.ctx.locked(programId, 'share', async (m, program) => {
      this.mustBeInImplementation(program);
      if (principal.role === 'contact_person' && dto.ownerOrganizationIds.some((o) => o !== principal.organizationId)) {
        throw new ForbiddenException('A contact person proposes activities for their own organization only.');
      }
      await this.validate(m, program, dto);
      const id = randomUUID();
      const row = {
        id,
        programId,
        title: dto.title,
        description: dto.description ?? '',
        focusAreaKeys: dto.focusAreaKeys,
        levelKeys: dto.levelKeys,
        ownerOrganizationIds: dto.ownerOrganizationIds,
        responsibleId: dto.responsibleId,
        methodKey: dto.methodKey,
        effectGoalNumbers: dto.effectGoalNumbers,
        indicatorIds: dto.indicatorIds ?? [],
        plannedStart: dto.plannedStart,
        plannedEnd: dto.plannedEnd,
        parentId: null,
        proposedBy: principal.personId,
        workflowId: activityWorkflowId(id),
      };
      return this.start(m, principal, program, row);
    }).then(async ({ row, command }) => {
      // The activity's workflow starts once its row is committed.
      await this.commands.deliverOrLeave(command);
      return row;
    });
  }

  /** A contact person lists their own organization's activities only. */
  async list(principal: Principal, programId: string, query: ActivitiesQuery) {
    await this.ctx.read(programId);
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    const q = this.ctx.db.manager.createQueryBuilder(ProgramActivityEntity, 'a').where('a.program_id = :programId', { programId });
    if (!readsEverything(principal.role)) q.andWhere(':own = ANY(a.owner_organization_ids)', { own: principal.organizationId ?? NO_ORGANIZATION });
    if (query.focusArea) q.andWhere(':fa = ANY(a.focus_area_keys)', { fa: query.focusArea });
    if (query.level) q.andWhere(':lvl = ANY(a.level_keys)', { lvl: query.level });
    if (query.status) q.andWhere('a.status = :status', { status: query.status });
    if (query.effectGoal) q.andWhere(':goal = ANY(a.effect_goal_numbers)', { goal: query.effectGoal });
    const [items, total] = await q.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').take(limit).skip(offset).getManyAndCount();
    return { items, total, limit, offset };
  }

  /**
   * The activity, its cycles and decisions, its predecessor and successors, and its live stage;
   * for a contact person only an activity their organization owns (404 otherwise, as for commands).
   */
  async get(principal: Principal, activityId: string) {
    const activity = await this.visible(principal, activityId);
    const evaluations = await this.ctx.db.manager.find(ActivityEvaluationEntity, { where: { activityId }, order: { cycle: 'ASC' } });
    const successors = (
      await this.ctx.db.manager.find(ProgramActivityEntity, { select: { id: true, title: true, status: true, ownerOrganizationIds: true }, where: { parentId: activityId } })
    )
      .filter((a) => this.owns(principal, a))
      .map(({ id, title, status }) => ({ id, title, status }));
    const live = await this.workflows.activityState(activityId).catch(() => null);
    return {
      ...activity,
      cycles: Array.from({ length: activity.cycle }, (_, i) => {
        const e = evaluations.find((x) => x.cycle === i + 1);
        return { cycle: i + 1, decision: e?.decision ?? null, rationale: e?.rationale ?? null, decidedBy: e?.decidedBy ?? null, decidedAt: e?.decidedAt.toISOString() ?? null, successorId: e?.successorId ?? null };
      }),
      successors,
      live,
    };
  }

  /** Execution is over; the evaluation task opens. */
  async finishExecution(principal: Principal, activityId: string) {
    const activity = await this.visible(principal, activityId);
    const state = await asCommand(() => this.workflows.finishExecution(activityId, principal.personId));
    return { id: activity.id, status: state.status, cycle: state.cycle };
  }

  /**
   * Records the evaluation's decision and closes the evaluation task, in one transaction: end
   * closes the activity, continue starts a new cycle, scale-up starts a linked, wider successor.
   */
  evaluate(principal: Principal, activityId: string, dto: EvaluateActivityDto) {
    return asCommand(async () => {
      const activity = await this.visible(principal, activityId);
      const live = await this.workflows.activityState(activityId);
      if (!live || live.status !== 'evaluation' || !live.taskId) {
        throw new ConflictException(`The activity is in ${live?.status ?? activity.status}; only an activity under evaluation can be evaluated.`);
      }
      if (dto.decision === 'scale-up' && !dto.scaleUp) throw new ValidationProblem([{ field: 'scaleUp', message: 'scale-up needs the successor: wider levelKeys and/or more ownerOrganizationIds' }]);
      if (dto.decision !== 'scale-up' && dto.scaleUp) throw new ValidationProblem([{ field: 'scaleUp', message: 'only a scale-up decision takes a successor' }]);
      const evaluationTaskId = live.taskId;
      const { command, answer } = await this.ctx.locked(activity.programId, 'share', async (m, program) => {
        let successorId: string | null = null;
        const steps: WorkflowCommandStep[] = [];
        if (dto.scaleUp) {
          const next = {
            ...activity,
            id: randomUUID(),
            title: dto.scaleUp.title ?? activity.title,
            levelKeys: dto.scaleUp.levelKeys ?? activity.levelKeys,
            ownerOrganizationIds: dto.scaleUp.ownerOrganizationIds ?? activity.ownerOrganizationIds,
          };
          if (principal.role === 'contact_person' && !next.ownerOrganizationIds.includes(principal.organizationId!)) {
            throw new ForbiddenException('A contact person scales activities up within their own organization.');
          }
          await this.validate(m, program, next, 'scaleUp.');
          const problem = scaleUpProblem(program.governance.matrixLevels.map((l) => l.key), { levelKeys: activity.levelKeys, ownerIds: activity.ownerOrganizationIds }, { levelKeys: next.levelKeys, ownerIds: next.ownerOrganizationIds });
          if (problem) throw new ValidationProblem([{ field: 'scaleUp', message: problem }]);
          successorId = next.id;
          const { status: _s, cycle: _c, createdAt: _ca, updatedAt: _u, ...rest } = next;
          const successor = await this.start(m, principal, program, { ...rest, parentId: activity.id, proposedBy: principal.personId, workflowId: activityWorkflowId(next.id) });
          steps.push(...successor.command.steps);
        }
        // One evaluation per cycle (the key refuses a second); the decision travels with the completion.
        await m.insert(ActivityEvaluationEntity, { activityId, cycle: live.cycle, decision: dto.decision, rationale: dto.rationale, decidedBy: principal.personId, successorId });
        await this.ctx.record(m, principal, activity.programId, 'activity.evaluated', { activityId, cycle: live.cycle, decision: dto.decision, successorId });
        const commandId = randomUUID();
        await m.update(TaskEntity, { id: evaluationTaskId }, { pendingAnswer: { decision: dto.decision, rationale: dto.rationale }, pendingCommandId: commandId });
        const recorded = await this.commands.record(m, [this.tasks.completeStep(evaluationTaskId, { actorId: principal.personId, outcome: dto.decision, answerCommandId: commandId }), ...steps], commandId);
        return { command: recorded, answer: { activityId, cycle: live.cycle, decision: dto.decision, successorId } };
      });
      await this.tasks.deliver(command);
      return answer;
    });
  }

  /** Focus areas × levels, with counts by status in every cell (for a contact person, of their organization's activities). */
  async matrix(principal: Principal, programId: string) {
    const program = await this.ctx.read(programId);
    const focusAreas = await this.ctx.db.manager.find(FocusAreaEntity, { where: { programId }, order: { position: 'ASC' } });
    const activities = await this.ctx.db.manager.find(ProgramActivityEntity, { select: { focusAreaKeys: true, levelKeys: true, status: true }, where: this.readable(principal, programId) });
    return {
      focusAreas: focusAreas.map((f) => ({ key: f.key, name: { sv: f.nameSv, en: f.nameEn } })),
      levels: program.governance.matrixLevels.map((l) => ({ key: l.key, name: l.name })),
      cells: activityMatrix(
        focusAreas.map((f) => f.key),
        program.governance.matrixLevels.map((l) => l.key),
        activities,
      ),
      drillDown: `/programs/${programId}/activities?focusArea={focusAreaKey}&level={levelKey}`,
    };
  }

  /**
   * The yearly planning check: per member organization, whether its contact person confirmed the
   * annual plan. A contact person sees their own organization's rows only.
   */
  async yearlyPlanningCheck(principal: Principal, programId: string) {
    await this.ctx.read(programId);
    const tasks = await this.ctx.db.manager.find(TaskEntity, { where: { programId, purpose: 'yearly-check' }, order: { createdAt: 'ASC' } });
    const members = await this.ctx.db.manager.find(NetworkMemberEntity, { where: { programId } });
    return tasks
      .map((t) => ({
        round: t.subjectKey,
        taskId: t.id,
        organizationId: members.find((x) => x.personId === t.assigneeId)?.organizationId ?? null,
        contactPersonId: t.assigneeId,
        status: t.status,
        followsModel: typeof t.answer?.followsModel === 'boolean' ? t.answer.followsModel : null,
        dueAt: t.dueAt.toISOString(),
      }))
      .filter((row) => readsOrganization(principal, row.organizationId));
  }

  private mustBeInImplementation(program: GovernedProgram): void {
    if (program.status === 'closed') throw new ConflictException('The program is closed.');
    if (program.phaseKey !== IMPLEMENTATION_PHASE) throw new ConflictException(`Activities are proposed in phase II (implementation); the program is in phase '${program.phaseKey}'.`);
  }

  /** Keys from the program's governance and its chosen focus areas; owners and the responsible person exist and fit. */
  private async validate(m: EntityManager, program: GovernedProgram, dto: Pick<ProposeActivityDto, 'focusAreaKeys' | 'levelKeys' | 'ownerOrganizationIds' | 'responsibleId' | 'methodKey' | 'effectGoalNumbers' | 'indicatorIds' | 'plannedStart' | 'plannedEnd'>, prefix = '') {
    const g: Governance = program.governance;
    const errors: FieldError[] = [];
    const check = (field: string, values: (string | number)[], allowed: (string | number)[]) =>
      values.forEach((v, i) => {
        if (!allowed.includes(v)) errors.push({ field: `${prefix}${field}.${i}`, message: `'${v}' is not one of: ${allowed.join(', ')}` });
      });
    const focusAreas = await m.find(FocusAreaEntity, { select: { key: true }, where: { programId: program.id } });
    check('focusAreaKeys', dto.focusAreaKeys, focusAreas.map((f) => f.key));
    check('levelKeys', dto.levelKeys, g.matrixLevels.map((l) => l.key));
    check('methodKey', [dto.methodKey], g.methods.map((x) => x.key));
    check('effectGoalNumbers', dto.effectGoalNumbers, g.effectGoals.map((x) => x.number));
    // Each indicator it names measures one of the goals it serves.
    const indicatorIds = dto.indicatorIds ?? [];
    const indicators = indicatorIds.length ? await m.find(EffectGoalIndicatorEntity, { select: { id: true, goalNumber: true }, where: { programId: program.id, id: In(indicatorIds) } }) : [];
    indicatorIds.forEach((id, i) => {
      const indicator = indicators.find((x) => x.id === id);
      if (!indicator) errors.push({ field: `${prefix}indicatorIds.${i}`, message: `'${id}' is not one of the program's indicators` });
      else if (!dto.effectGoalNumbers.includes(indicator.goalNumber)) errors.push({ field: `${prefix}indicatorIds.${i}`, message: `measures effect goal ${indicator.goalNumber}, which is not one of effectGoalNumbers` });
    });
    const owners = await m.find(OrganizationEntity, { select: { id: true }, where: { id: In(dto.ownerOrganizationIds) } });
    const missing = dto.ownerOrganizationIds.filter((o) => !owners.some((x) => x.id === o));
    if (missing.length) errors.push({ field: `${prefix}ownerOrganizationIds`, message: `organizations that do not exist: ${missing.join(', ')}` });
    const responsible = await m.findOneBy(PersonEntity, { id: dto.responsibleId });
    if (!responsible || responsible.role !== 'contact_person' || !dto.ownerOrganizationIds.includes(responsible.organizationId!)) {
      errors.push({ field: `${prefix}responsibleId`, message: 'must be a contact person of one of the owning organizations' });
    }
    if (dto.plannedEnd < dto.plannedStart) errors.push({ field: `${prefix}plannedEnd`, message: 'must not be before plannedStart' });
    if (errors.length) throw new ValidationProblem(errors);
  }

  /** Stores the activity with its audit entry and records its workflow's start, in the caller's transaction; the caller delivers it after the commit. */
  private async start(m: EntityManager, principal: Principal, program: GovernedProgram, row: Omit<ProgramActivityEntity, 'status' | 'cycle' | 'createdAt' | 'updatedAt'>) {
    await m.insert(ProgramActivityEntity, row);
    await this.ctx.record(m, principal, program.id, 'activity.proposed', { activityId: row.id, parentId: row.parentId, levels: row.levelKeys.join(','), focusAreas: row.focusAreaKeys.join(',') });
    const command = await this.commands.record(m, [this.workflows.activityStartStep({ activityId: row.id, programId: program.id, statusEvery: program.governance.network?.thenEvery ?? 'P13W' })]);
    return { row: await m.findOneByOrFail(ProgramActivityEntity, { id: row.id }), command };
  }

  /** Contact persons reach the activities their organization owns, to read or to act on; others get 404. */
  private async visible(principal: Principal, activityId: string): Promise<ProgramActivityEntity> {
    const activity = await this.ctx.db.manager.findOneBy(ProgramActivityEntity, { id: activityId });
    if (!activity || !this.owns(principal, activity)) throw new NotFoundException(`Activity ${activityId} not found`);
    await this.ctx.db.manager.findOneByOrFail(ProgramEntity, { id: activity.programId });
    return activity;
  }

  /** Whether the caller reads the activity: the project office and managers all, a contact person their organization's. */
  private owns(principal: Principal, activity: Pick<ProgramActivityEntity, 'ownerOrganizationIds'>): boolean {
    return readsEverything(principal.role) || activity.ownerOrganizationIds.some((o) => readsOrganization(principal, o));
  }

  /** The program's activities the caller reads, as a find condition. */
  private readable(principal: Principal, programId: string): FindOptionsWhere<ProgramActivityEntity> {
    return readsEverything(principal.role) ? { programId } : { programId, ownerOrganizationIds: ArrayContains([principal.organizationId ?? NO_ORGANIZATION]) };
  }
}
