import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { gateOutcomesOf, mayDecideGates, stepProblems } from '@gov/domain';
import { ProgramEntity, ProgramStepRecordEntity, TaskEntity } from '@gov/persistence';
import { TaskWorkflows, WorkflowCommands, type RecordedCommand } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import type { DecideGateDto } from './phased.dto.js';
import { phaseSnapshot, ProgramContext } from './program-context.js';

/** The steps' consistency protocol: a step completes when its data is complete, and the steering group decides the gate. */
@Injectable()
export class StepFlowService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(TaskWorkflows) private readonly tasks: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  /**
   * Completes the current step when its data is complete: validation, the audit entry and the
   * step task's completion happen under the program's exclusive lock, so nothing changes in between.
   */
  async completeStep(principal: Principal, programId: string, stepKey: string) {
    const { command, answer, taskId } = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      if (program.status === 'closed') throw new ConflictException('The program is closed.');
      if (program.gateTaskId) throw new ConflictException("The phase is complete and waits for the steering group's gate decision.");
      if (program.stepKey !== stepKey || program.stepStatus !== 'open' || !program.stepTaskId) {
        throw new ConflictException(`Step '${stepKey}' is not the open step; the program is at ${program.stepKey ? `step '${program.stepKey}' (${program.stepStatus})` : `phase '${program.phaseKey}'`}. Steps complete in order.`);
      }
      const step = (await this.ctx.template(program, m)).phases.find((p) => p.key === program.phaseKey)?.steps.find((s) => s.key === stepKey);
      if (!step) throw new ConflictException(`Step '${stepKey}' is not a step of phase '${program.phaseKey}' in this program's template.`);
      const record = await m.findOneBy(ProgramStepRecordEntity, { programId, stepKey });
      const problems = stepProblems({ snapshot: await phaseSnapshot(m, program), step, record: record?.data ?? null });
      if (problems.length) {
        throw new ConflictException({ detail: problems.map((p) => p.message).join(' '), problems: problems.map((p) => p.message), ...Object.assign({}, ...problems.map((p) => p.details ?? {})) });
      }
      // Committed with the command that completes the step's task, delivered after the commit; the
      // step's data stays frozen from here (stepStatus 'completed'), so nothing changes in between.
      await m.update(ProgramEntity, { id: programId }, { stepStatus: 'completed' });
      await this.ctx.record(m, principal, programId, 'step.completed', { phaseKey: program.phaseKey, stepKey, taskId: program.stepTaskId });
      const recorded = await this.completion(m, program.stepTaskId, principal.personId, { completedStep: stepKey });
      return { command: recorded, answer: { programId, phaseKey: program.phaseKey, stepKey, status: 'completed' as const }, taskId: program.stepTaskId };
    });
    try {
      await asCommand(() => this.tasks.deliver(command));
    } catch (err) {
      // Refused by the workflow (the step's task has closed meanwhile): the step opens again for editing.
      if (err instanceof ConflictException) await this.ctx.db.manager.update(ProgramEntity, { id: programId, stepStatus: 'completed', stepTaskId: taskId }, { stepStatus: 'open' });
      throw err;
    }
    return answer;
  }

  /** Records, in the command's transaction, the completion of a program task with its answer (committed first) and decision. */
  private async completion(m: EntityManager, taskId: string, actorId: string, answer: NonNullable<TaskEntity['answer']>, outcome?: string): Promise<RecordedCommand> {
    const commandId = randomUUID();
    await m.update(TaskEntity, { id: taskId }, { pendingAnswer: answer, pendingCommandId: commandId });
    return this.commands.record(m, [this.tasks.completeStep(taskId, { actorId, answerCommandId: commandId, ...(outcome ? { outcome } : {}) })], commandId);
  }
}
