import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { answerErrors, answerFormErrors, assigneeProblem, deadlineOnWorkingDay, DEFAULT_REMINDER_POLICY, meetingErrors, reminderPolicyErrors } from '@gov/domain';
import type { EntityManager } from 'typeorm';
import { AbsenceRepository, AuditTrail, CalendarRules, OrganizationRepository, PersonRepository, ProgramRepository, TaskRepository, type TaskCalendar, type TaskEntity } from '@gov/persistence';
import { TaskWorkflows, WorkflowCommands, type RecordedCommand, type WorkflowCommandStep } from '@gov/temporal';
import { taskWorkflowId } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { ChangeDueDateDto, CompleteTaskDto, CreateTaskDto, InboxQuery, TaskPageView, TaskView } from './task.dto.js';

const SOON_MS = 3 * 86_400_000;

/** What a caller gives to open a task; ids, status and bookkeeping are filled in. */
export type NewTask = Pick<TaskEntity, 'title' | 'instructions' | 'assigneeId' | 'escalateToId' | 'programId' | 'dueAt' | 'reminderPolicy' | 'answerForm' | 'meeting'> &
  Partial<Pick<TaskEntity, 'purpose' | 'subjectKey' | 'phaseKey' | 'activityId' | 'calendar'>>;

@Injectable()
export class TasksService {
  constructor(
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
    @Inject(OrganizationRepository) private readonly organizations: OrganizationRepository,
    @Inject(CalendarRules) private readonly calendars: CalendarRules,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(ProgramRepository) private readonly programs: ProgramRepository,
    @Inject(TaskWorkflows) private readonly workflows: TaskWorkflows,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  /** Stores the task and starts its workflow as one unit: a refused start leaves nothing behind. */
  async create(principal: Principal, dto: CreateTaskDto): Promise<TaskView> {
    const policy = dto.reminderPolicy ?? DEFAULT_REMINDER_POLICY;
    const errors: FieldError[] = [
      ...reminderPolicyErrors(policy).map((e) => ({ field: `reminderPolicy.${e.field}`, message: e.message })),
      ...(dto.answerForm ? answerFormErrors(dto.answerForm) : []),
      ...(dto.meeting ? meetingErrors(dto.meeting).map((e) => ({ field: `meeting.${e.field}`, message: e.message })) : []),
    ];
    if (Boolean(dto.assigneeId) === Boolean(dto.organizationId)) errors.push({ field: 'assigneeId', message: 'give exactly one of assigneeId and organizationId' });
    if (errors.length) throw new ValidationProblem(errors);

    const assigneeId = dto.assigneeId ?? (await this.contactPersonOf(dto.organizationId!));
    const assignee = await this.persons.findById(assigneeId);
    if (!assignee) throw new ValidationProblem([{ field: 'assigneeId', message: `person ${assigneeId} does not exist` }]);
    // A task made here is completed with POST /tasks/:id/complete: never by a manager or a participant.
    const cannotAct = assigneeProblem(assignee.role, null);
    if (cannotAct) throw new ValidationProblem([{ field: 'assigneeId', message: cannotAct }]);
    const escalateToId = dto.escalateToId ?? principal.personId;
    if (!(await this.persons.findById(escalateToId))) throw new ValidationProblem([{ field: 'escalateToId', message: `person ${escalateToId} does not exist` }]);
    if (dto.programId && !(await this.programs.findById(dto.programId))) throw new ValidationProblem([{ field: 'programId', message: `program ${dto.programId} does not exist` }]);

    const calendar = dto.calendar ? { key: dto.calendar.key, basis: dto.calendar.basis ?? 'working-days' } : null;
    const row = await this.open(principal.personId, {
      title: dto.title,
      instructions: dto.instructions ?? '',
      assigneeId,
      escalateToId,
      programId: dto.programId ?? null,
      // A deadline that lands on a day off of the task's calendar moves to the working day before.
      dueAt: new Date(await this.onWorkingDay(Date.parse(dto.dueAt), calendar)),
      calendar,
      reminderPolicy: policy,
      answerForm: dto.answerForm ?? null,
      meeting: dto.meeting ? { startsAt: dto.meeting.startsAt, endsAt: dto.meeting.endsAt, ...(dto.meeting.location ? { location: dto.meeting.location } : {}) } : null,
    });
    return view(row);
  }

  /**
   * Stores a validated task with its `task.created` entry and, in the same transaction, its
   * workflow's start in the command log; the start is delivered once the transaction has committed
   * (by this request, or by the reconciler after a crash or while Temporal is away), so the worker
   * never runs a task whose row is not there.
   */
  async open(actorId: string, task: NewTask): Promise<TaskEntity> {
    const { row, command } = await this.tasks.transaction((m) => this.prepare(actorId, task, m));
    await this.commands.deliverOrLeave(command);
    return row;
  }

  /**
   * The task row, its audit entry and its recorded start, in the caller's transaction; the caller
   * delivers the command after its commit.
   */
  async prepare(actorId: string, task: NewTask, manager: EntityManager): Promise<{ row: TaskEntity; command: RecordedCommand }> {
    const { row, step } = await this.prepareStart(actorId, task, manager);
    return { row, command: await this.commands.record(manager, [step]) };
  }

  /**
   * The task row and its audit entry in the caller's transaction, and its workflow's start as a step
   * for the caller to record with its own command (a decision's conditions start with the decision).
   */
  async prepareStart(actorId: string, task: NewTask, manager: EntityManager): Promise<{ row: TaskEntity; step: WorkflowCommandStep }> {
    const id = randomUUID();
    const row = await this.tasks.insert({ id, phaseKey: null, activityId: null, ...task, createdBy: actorId, workflowId: taskWorkflowId(id) }, manager);
    // The command is the event: who made the task is recorded with it, in the same transaction.
    await this.trail.record(
      {
        type: 'task.created',
        actorKind: 'person',
        actorId,
        programId: task.programId,
        workflowId: taskWorkflowId(id),
        runId: null,
        dedupeKey: `${taskWorkflowId(id)}/created`,
        data: { taskId: id, assigneeId: task.assigneeId, dueAt: row.dueAt.toISOString(), purpose: task.purpose ?? null, subjectKey: task.subjectKey ?? null },
      },
      manager,
    );
    const step = this.workflows.startStep({
      taskId: id,
      assigneeId: task.assigneeId,
      escalateToId: task.escalateToId,
      dueAt: row.dueAt.toISOString(),
      reminderPolicy: task.reminderPolicy,
      programId: task.programId ?? undefined,
      invite: Boolean(task.meeting),
      ...(task.calendar ? { calendar: await this.calendars.ruleFor(task.calendar, manager) } : {}),
    });
    return { row, step };
  }

  /** Contact persons see their own tasks; the project office and managers see everyone's. */
  async inbox(principal: Principal, query: InboxQuery): Promise<TaskPageView> {
    const limit = query.limit ?? 20;
    const offset = query.offset ?? 0;
    // A contact person's inbox holds their own tasks and, while they substitute for someone away, that person's.
    const actingFor = principal.role === 'contact_person' ? await this.absences.actingFor(principal.personId) : [];
    const [rows, total] = await this.tasks.inbox({
      assigneeId: principal.role === 'contact_person' || principal.role === 'participant' ? [principal.personId, ...actingFor] : undefined,
      status: query.due ? undefined : (query.status ?? 'open'),
      overdue: query.due === 'overdue',
      dueWithinMs: query.due === 'soon' ? SOON_MS : undefined,
      programId: query.programId,
      limit,
      offset,
    });
    return { items: rows.map((t) => view(t, actingFor.includes(t.assigneeId) ? t.assigneeId : null)), total, limit, offset };
  }

  async get(principal: Principal, id: string): Promise<TaskView> {
    const task = await this.visible(principal, id);
    return view(task, (await this.substitutes(principal, task)) ? task.assigneeId : null);
  }

  /**
   * Validates the answer against the task's form, stores it, and completes the workflow in one
   * transaction: if the workflow refuses (the task is no longer open) the answer is not kept.
   */
  async complete(principal: Principal, id: string, dto: CompleteTaskDto): Promise<TaskView> {
    const task = await this.visible(principal, id);
    this.notProgramControlled(task, 'complete');
    const errors = answerErrors(task.answerForm, dto.answer);
    if (errors.length) throw new ValidationProblem(errors);
    const onBehalfOf = (await this.substitutes(principal, task)) ? task.assigneeId : undefined;
    await asCommand(() => this.completeWith(id, principal.personId, dto.answer ?? null, undefined, onBehalfOf));
    return view({ ...task, status: 'done', answer: dto.answer ?? null, closedAt: new Date() }, onBehalfOf ?? null);
  }

  /**
   * Commits the answer with the completion command, then delivers the completion: the workflow
   * accepts it (and its completion makes the committed answer the task's answer) or refuses it (the
   * answer never becomes the task's). A decision (an enum key) travels in the update itself.
   */
  async completeWith(taskId: string, actorId: string, answer: TaskEntity['answer'], outcome?: string, onBehalfOf?: string): Promise<void> {
    const command = await this.tasks.transaction(async (m) => {
      const commandId = randomUUID();
      const recorded = await this.commands.record(m, [this.workflows.completeStep(taskId, { actorId, answerCommandId: commandId, ...(outcome ? { outcome } : {}), ...(onBehalfOf ? { onBehalfOf } : {}) })], commandId);
      await this.tasks.setPendingAnswer(taskId, answer, commandId, m);
      return recorded;
    });
    await this.workflows.deliver(command);
  }

  async reassign(principal: Principal, id: string, assigneeId: string): Promise<TaskView> {
    const task = await this.visible(principal, id);
    this.notBoundToItsPerson(task);
    const target = await this.persons.findById(assigneeId);
    // A contact person may hand a task on within their own organization; the project office to anyone.
    if (!target || (principal.role === 'contact_person' && target.organizationId !== principal.organizationId)) {
      throw new ValidationProblem([{ field: 'assigneeId', message: `person ${assigneeId} does not exist or is outside your organization` }]);
    }
    // Only to someone who can complete it: never a manager, a participant only their own offer.
    const cannotAct = assigneeProblem(target.role, task.purpose);
    if (cannotAct) throw new ValidationProblem([{ field: 'assigneeId', message: cannotAct }]);
    const state = await asCommand(() => this.workflows.reassign(id, principal.personId, assigneeId));
    return view({ ...task, assigneeId: state.assigneeId });
  }

  async cancel(principal: Principal, id: string): Promise<TaskView> {
    const task = await this.visible(principal, id);
    this.notProgramControlled(task, 'cancel');
    await asCommand(() => this.workflows.cancel(id, principal.personId));
    return view({ ...task, status: 'cancelled', closedAt: new Date() });
  }

  async changeDueDate(principal: Principal, id: string, dto: ChangeDueDateDto): Promise<TaskView> {
    const task = await this.visible(principal, id);
    const dueAt = new Date(await this.onWorkingDay(Date.parse(dto.dueAt), task.calendar)).toISOString();
    const state = await asCommand(() => this.workflows.changeDueDate(id, principal.personId, dueAt));
    return view({ ...task, dueAt: new Date(state.dueAt) });
  }

  /** Steps, gates and evaluations are completed through their program's endpoints, which validate and record the decision. */
  private notProgramControlled(task: TaskEntity, action: 'complete' | 'cancel'): void {
    const via: Record<string, string> = {
      step: `POST /programs/${task.programId}/steps/${task.subjectKey}/complete`,
      gate: `POST /programs/${task.programId}/gate`,
      'activity-evaluation': `POST /activities/${task.activityId}/evaluate`,
      interview: `POST /cohorts/${task.subjectKey?.split('/')[0]}/interviews/${task.subjectKey?.split('/')[1]}/outcome`,
      offer: `POST /cohorts/${task.subjectKey?.split('/')[0]}/offers/${task.subjectKey?.split('/')[1]}/answer`,
    };
    if (task.purpose && via[task.purpose]) throw new ConflictException(`This task is ${task.purpose === 'interview' || task.purpose === 'offer' ? `a cohort ${task.purpose}` : `a program ${task.purpose}`}: ${action === 'complete' ? 'complete it with' : 'it cannot be cancelled; it closes through'} ${via[task.purpose]}.`);
    if (action === 'cancel' && task.purpose === 'activity-planning') throw new ConflictException('An activity cannot skip its planning: complete the planning task.');
  }

  /**
   * A gate's task belongs to the decision maker the collaboration model names (nobody else may
   * decide it), an offer's to the person offered the place: neither is handed on.
   */
  private notBoundToItsPerson(task: TaskEntity): void {
    if (task.purpose === 'gate') throw new ConflictException("A gate's task stays with the decision maker named in the program's collaboration model, the only person who may decide the gate; it cannot be handed on.");
    if (task.purpose === 'offer') throw new ConflictException('An offer is made to one person and answered by them (or the project office for them); it cannot be handed on.');
  }

  private async visible(principal: Principal, id: string): Promise<TaskEntity> {
    const task = await this.tasks.findById(id);
    const ownOnly = principal.role === 'contact_person' || principal.role === 'participant';
    if (!task || (ownOnly && task.assigneeId !== principal.personId && !(await this.substitutes(principal, task)))) throw new NotFoundException(`Task ${id} not found`);
    return task;
  }

  /** A moment moved off the days off of a task's calendar (its registered closures included); unchanged without one. */
  private async onWorkingDay(instant: number, calendar: TaskCalendar | null | undefined): Promise<number> {
    const rule = await this.calendars.ruleFor(calendar);
    return rule ? deadlineOnWorkingDay(instant, rule).at : instant;
  }

  /** The principal acts on the task now as the substitute of its absent assignee. */
  private async substitutes(principal: Principal, task: TaskEntity): Promise<boolean> {
    return principal.personId !== task.assigneeId && principal.role === 'contact_person' && (await this.absences.substituteOf(task.assigneeId)) === principal.personId;
  }

  /** The organization's contact person, its "entrance" (see OrganizationRepository.contactPersonOf). */
  private async contactPersonOf(organizationId: string): Promise<string> {
    const contact = await this.organizations.contactPersonOf(organizationId);
    if (!contact) throw new ValidationProblem([{ field: 'organizationId', message: `organization ${organizationId} has no contact person` }]);
    return contact;
  }
}

function view(t: TaskEntity, substituteFor: string | null = null): TaskView {
  return {
    substituteFor,
    id: t.id,
    title: t.title,
    instructions: t.instructions,
    status: t.status,
    assigneeId: t.assigneeId,
    dueAt: t.dueAt.toISOString(),
    overdue: t.status === 'open' && t.dueAt.getTime() < Date.now(),
    escalated: t.escalated,
    remindersSent: t.remindersSent,
    answerForm: t.answerForm,
    answer: t.answer,
    meeting: t.meeting,
    calendar: t.calendar ?? null,
    programId: t.programId,
    purpose: t.purpose,
    subjectKey: t.subjectKey,
    activityId: t.activityId,
    createdAt: t.createdAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
  };
}
