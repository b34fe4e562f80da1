import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@gov/persistence';
import type { AuditEventInput } from '@gov/temporal/contracts';

/**
 * Records an audit entry for the running activity, keyed by the activity's id — the same on every
 * retry, so a retried activity writes nothing twice.
 */
@Injectable()
export class AuditWriter {
  constructor(@Inject(AuditTrail) private readonly trail: AuditTrail) {}

  /** `index` tells apart several entries written by one activity. */
  async write(event: AuditEventInput, manager: EntityManager, index = 0): Promise<void> {
    const { workflowExecution, activityId } = Context.current().info;
    if (!workflowExecution) throw new Error('Audit entries are written only by workflow activities');
    await this.trail.record(
      {
        type: event.type,
        actorKind: event.actor.kind,
        actorId: event.actor.id ?? null,
        programId: event.programId ?? null,
        workflowId: workflowExecution.workflowId,
        runId: workflowExecution.runId,
        dedupeKey: `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}${index ? `/${index}` : ''}`,
        data: event.data ?? {},
      },
      manager,
    );
  }
}
