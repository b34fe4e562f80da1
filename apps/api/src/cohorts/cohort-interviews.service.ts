import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { programTaskText, cohortLists, interviewOutcomes, unknownCohortKey } from '@gov/domain';
import { AbsenceRepository, CohortMemberEntity, PersonEntity, ProgramEntity, TaskEntity, type CohortMemberStatus } from '@gov/persistence';
import { CohortWorkflows, TaskWorkflows, WorkflowCommands } from '@gov/temporal';
import type { CohortState, HumanTaskState } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { asCommand } from '../common/database-errors.js';
import type { InterviewDto, InterviewOutcomeDto } from './cohort.dto.js';
import { TasksService } from '../tasks/tasks.service.js';
import { findCohort, registeredMember } from './cohort-lookups.js';

const INTERVIEW_MINUTES = 45;

/** Interviews with registered candidates: scheduled as the interviewer's task, their outcome placing the candidate. */
@Injectable()
export class CohortInterviewsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
    @Inject(TasksService) private readonly tasks: TasksService,
    @Inject(TaskWorkflows) private readonly taskWorkflows: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
  ) {}

  /**
   * An interview with a registered candidate: a task (with a calendar invitation) for the
   * interviewer, whose outcome places the candidate — admitted, on one of the lists, or not suitable.
   */
  scheduleInterview(principal: Principal, cohortId: string, dto: InterviewDto) {
    return asCommand(async () => {
      const { answer, command } = await this.db.transaction(async (m) => {
        const cohort = await findCohort(m, cohortId);
        await registeredMember(m, cohortId, dto.personId);
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
      const cohort = await findCohort(this.db.manager, cohortId);
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
        await findCohort(m, cohortId);
        await registeredMember(m, cohortId, personId);
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
}
