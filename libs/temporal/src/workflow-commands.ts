import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail, WorkflowCommandEntity, type WorkflowCommandStep } from '@gov/persistence';
import { TaskCommandRefused } from './command-refused.js';
import { TemporalConnection } from './temporal-connection.js';

export type { WorkflowCommandStep };

/** The step that starts a workflow under its business key. */
export function startStep(workflowType: string, workflowId: string, input: unknown): WorkflowCommandStep {
  return { kind: 'start', workflowType, workflowId, args: [input] };
}

/** The step that sends an update (by name) to a workflow. */
export function updateStep(workflowId: string, name: string, command: unknown): WorkflowCommandStep {
  return { kind: 'update', workflowId, name, args: [command] };
}

/** A command's Temporal work as recorded in its transaction; deliver it once that transaction has committed. */
export interface RecordedCommand {
  id: string;
  steps: WorkflowCommandStep[];
}

export interface DeliveryOptions {
  /** What to say when an update's workflow has ended (it takes no more commands). */
  closed?: (workflowId: string) => Promise<string> | string;
}

/** What one reconciler pass did. */
export interface RedeliveryReport {
  delivered: number;
  refused: number;
  stillPending: number;
  ids: string[];
}

/**
 * How long an update waits for a workflow that does not exist yet — one a parent workflow is about
 * to start (a program's step task after the activity that stored it), or one whose start another
 * command has recorded but not yet delivered. "Not there yet" is retried, never answered as an error.
 */
export const NOT_YET_STARTED_WAIT_MS = 30_000;

/** The reconciler leaves a command to its own sender for this long before delivering it itself. */
export const RECONCILER_GRACE_MS = 5_000;

/**
 * The consistency protocol's one mechanism (README, "One command, one outcome"): a command writes its
 * rows and, in the same transaction, the Temporal work it implies (`record`); after the commit it
 * delivers that work (`deliver`). Every delivery is idempotent — a start by business id that never
 * starts a second run, an update with an update id derived from the command — so the sender, a
 * retried request and the reconciler can all deliver the same command and it happens once.
 */
@Injectable()
export class WorkflowCommands {
  private readonly logger = new Logger(WorkflowCommands.name);

  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(TemporalConnection) private readonly temporal: TemporalConnection,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
  ) {}

  /** Records the command's Temporal work in the caller's open transaction; nothing is sent yet. */
  async record(manager: EntityManager, steps: WorkflowCommandStep[], id: string = randomUUID()): Promise<RecordedCommand> {
    await manager.insert(WorkflowCommandEntity, { id, taskQueue: this.temporal.taskQueue, steps: steps as never, nextStep: 0, status: 'pending', attempts: 0 });
    return { id, steps };
  }

  /** Records and delivers in one go a command that writes nothing else (its decision travels in the update). */
  async send(steps: WorkflowCommandStep[], options: DeliveryOptions = {}): Promise<unknown[]> {
    const command = await this.db.transaction((m) => this.record(m, steps));
    return this.deliver(command, options);
  }

  /**
   * Delivers a committed command's steps in order and answers their results. A refusal of the first
   * step (a workflow's validator) throws TaskCommandRefused and the command is marked refused:
   * nothing changed. Temporal away throws and leaves the command to the reconciler.
   */
  async deliver(command: RecordedCommand, options: DeliveryOptions = {}, by: 'command' | 'reconciler' = 'command', from = 0): Promise<unknown[]> {
    if (by === 'command') crashPointBeforeDelivery();
    const results: unknown[] = [];
    for (let i = from; i < command.steps.length; i++) {
      try {
        results.push(await this.sendStep(command.id, i, command.steps[i], options));
      } catch (err) {
        if (err instanceof TaskCommandRefused) {
          await this.finish(command, 'refused', by, i, err.message);
          throw err;
        }
        await this.db.manager
          .createQueryBuilder()
          .update(WorkflowCommandEntity)
          .set({ nextStep: i, lastError: String((err as Error)?.message ?? err).slice(0, 2_000), attempts: () => 'attempts + 1' })
          .where('id = :id', { id: command.id })
          .execute()
          .catch(() => undefined);
        throw err;
      }
      if (i < command.steps.length - 1) await this.db.manager.update(WorkflowCommandEntity, { id: command.id }, { nextStep: i + 1 });
    }
    await this.finish(command, 'done', by, command.steps.length, null);
    return results;
  }

  /**
   * Delivers a committed command whose steps cannot be refused (workflow starts): when Temporal is
   * away the command is already durable, so the caller answers as usual and the reconciler delivers it.
   */
  async deliverOrLeave(command: RecordedCommand): Promise<void> {
    try {
      await this.deliver(command);
    } catch (err) {
      if (err instanceof TaskCommandRefused) throw err;
      this.logger.warn(`Command ${command.id} left to the reconciler: ${(err as Error)?.message ?? err}`);
    }
  }

  /**
   * Delivers the recorded but undelivered start of a workflow, if a command holds one: a client
   * acting on a row the moment it is committed never meets a workflow that is not there yet.
   */
  async deliverPendingStartOf(workflowId: string): Promise<boolean> {
    const pending = await this.db.manager
      .createQueryBuilder(WorkflowCommandEntity, 'c')
      .where(`c.status = 'pending'`)
      .andWhere(`c.steps @> :step::jsonb`, { step: JSON.stringify([{ kind: 'start', workflowId }]) })
      .getMany();
    for (const command of pending) await this.deliver(command, {}, 'command', command.nextStep);
    return pending.length > 0;
  }

  /**
   * The reconciler's pass: delivers, under a lease, the commands of this task queue that their
   * sender has left pending for longer than the grace period (a crash or an outage between the
   * commit and the delivery). Each repair is written to the audit trail.
   */
  async redeliver(graceMs = RECONCILER_GRACE_MS, limit = 100): Promise<RedeliveryReport> {
    const claimed: WorkflowCommandEntity[] = await this.db.query(
      `UPDATE workflow_commands SET lease_until = now() + interval '60 seconds', attempts = attempts + 1
        WHERE id IN (SELECT id FROM workflow_commands
                      WHERE status = 'pending' AND task_queue = $1 AND created_at < now() - $2 * interval '1 millisecond'
                        AND (lease_until IS NULL OR lease_until < now())
                      ORDER BY created_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id, steps, next_step AS "nextStep"`,
      [this.temporal.taskQueue, graceMs, limit],
    ).then((r: [WorkflowCommandEntity[], number] | WorkflowCommandEntity[]) => (Array.isArray(r[0]) ? (r[0] as WorkflowCommandEntity[]) : (r as WorkflowCommandEntity[])));
    const report: RedeliveryReport = { delivered: 0, refused: 0, stillPending: 0, ids: [] };
    for (const command of claimed) {
      try {
        await this.deliver(command, {}, 'reconciler', command.nextStep);
        report.delivered++;
        report.ids.push(command.id);
      } catch (err) {
        if (err instanceof TaskCommandRefused) report.refused++;
        else {
          report.stillPending++;
          this.logger.warn(`Command ${command.id} still pending: ${(err as Error).message}`);
        }
      }
    }
    return report;
  }

  private async finish(command: RecordedCommand, status: 'done' | 'refused', by: 'command' | 'reconciler', nextStep: number, error: string | null): Promise<void> {
    await this.db.transaction(async (m) => {
      const changed = await m
        .createQueryBuilder()
        .update(WorkflowCommandEntity)
        .set({ status, deliveredBy: by, nextStep, lastError: error, leaseUntil: null })
        .where(`id = :id AND status = 'pending'`, { id: command.id })
        .execute();
      // What the reconciler repaired is on the record: ids and step kinds only.
      if (by === 'reconciler' && changed.affected) {
        await this.trail.record(
          {
            type: status === 'done' ? 'consistency.command_redelivered' : 'consistency.command_refused',
            actorKind: 'system',
            actorId: null,
            programId: null,
            workflowId: command.steps[0]?.workflowId ?? null,
            runId: null,
            dedupeKey: `workflow-command-${command.id}/${status}`,
            data: { commandId: command.id, steps: command.steps.map((s) => `${s.kind}:${s.workflowId}${s.name ? `:${s.name}` : ''}`).join(','), ...(error ? { reason: error.slice(0, 300) } : {}) },
          },
          m,
        );
      }
    });
  }

  private async sendStep(commandId: string, index: number, step: WorkflowCommandStep, options: DeliveryOptions): Promise<unknown> {
    const client = this.temporal.client.workflow;
    if (step.kind === 'start') {
      try {
        const handle = await client.start(step.workflowType!, {
          taskQueue: this.temporal.taskQueue,
          workflowId: step.workflowId,
          args: step.args,
          // Never a second run for the same business key, even after the first has closed.
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          workflowIdConflictPolicy: 'USE_EXISTING',
        });
        return { workflowId: step.workflowId, runId: handle.firstExecutionRunId };
      } catch (err) {
        // Closed already: the start happened (and its workflow has run its course).
        if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId: step.workflowId, runId: null };
        throw err;
      }
    }
    const deadline = Date.now() + NOT_YET_STARTED_WAIT_MS;
    for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
      try {
        // The update id makes a repeated delivery answer the first one's outcome instead of applying twice.
        return await client.getHandle(step.workflowId).executeUpdate(step.name!, { args: step.args as [unknown], updateId: `${commandId}/${index}` });
      } catch (err) {
        if (err instanceof WorkflowUpdateFailedError) throw new TaskCommandRefused((err.cause as Error | undefined)?.message ?? err.message);
        if (!(err instanceof WorkflowNotFoundError)) throw err;
        const exists = await workflowStatus(this.temporal, step.workflowId);
        if (exists && exists !== 'RUNNING') {
          throw new TaskCommandRefused(options.closed ? await options.closed(step.workflowId) : `The workflow has ended (${exists.toLowerCase()}); it takes no more commands.`);
        }
        // Not started yet: its start may be recorded by another command, or a parent is about to start it.
        if (!exists && (await this.deliverPendingStartOf(step.workflowId))) continue;
        if (Date.now() > deadline) throw new WorkflowNotYetStarted(step.workflowId);
        await sleep(wait);
      }
    }
  }
}

/**
 * The chaos suite's fault point: while the file named by `FAILPOINT_KILL_BEFORE_DELIVERY` exists, a
 * process that has just committed a command kills itself (SIGKILL) before delivering it — the crash
 * between the commit and the workflow start or update that the reconciler must repair. Unset in
 * every real deployment.
 */
function crashPointBeforeDelivery(): void {
  const file = process.env.FAILPOINT_KILL_BEFORE_DELIVERY;
  if (file && existsSync(file)) process.kill(process.pid, 'SIGKILL');
}

/** A workflow's status (`RUNNING`, `COMPLETED`, …), or null when Temporal does not know it. */
export async function workflowStatus(temporal: TemporalConnection, workflowId: string): Promise<string | null> {
  try {
    return (await temporal.client.workflow.getHandle(workflowId).describe()).status.name;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return null;
    throw err;
  }
}

/** A workflow that was to exist by now still does not; the command stays pending for the reconciler. */
export class WorkflowNotYetStarted extends Error {
  constructor(readonly workflowId: string) {
    super(`Workflow ${workflowId} has not started yet; the command is kept and will be delivered.`);
  }
}
