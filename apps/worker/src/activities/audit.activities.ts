import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { AuditEventRepository } from '@gov/persistence';
import type { AuditActivities, AuditEventInput } from '@gov/temporal/contracts';

@Injectable()
export class AuditActivitiesService implements AuditActivities {
  constructor(@Inject(AuditEventRepository) private readonly events: AuditEventRepository) {}

  async recordAuditEvent(event: AuditEventInput): Promise<void> {
    const { workflowExecution, activityId } = Context.current().info;
    if (!workflowExecution) throw new Error('recordAuditEvent runs only as a workflow activity');
    await this.events.append({
      type: event.type,
      actorKind: event.actor.kind,
      actorId: event.actor.id ?? null,
      programId: event.programId ?? null,
      workflowId: workflowExecution.workflowId,
      runId: workflowExecution.runId,
      // The activity id is the same on every retry of this call.
      dedupeKey: `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}`,
      data: event.data ?? {},
    });
  }
}
