import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { AuditEventRepository, OutboxRepository, WebhookSubscriptionRepository } from '@gov/persistence';
import type { AuditActivities, AuditEventInput } from '@gov/temporal/contracts';

@Injectable()
export class AuditActivitiesService implements AuditActivities {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AuditEventRepository) private readonly events: AuditEventRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(WebhookSubscriptionRepository) private readonly webhooks: WebhookSubscriptionRepository,
  ) {}

  /**
   * Appends the event to the audit trail and, in the same transaction, queues one signed webhook
   * delivery per subscriber: other systems hear of exactly the events the trail records.
   */
  async recordAuditEvent(event: AuditEventInput): Promise<void> {
    const { workflowExecution, activityId } = Context.current().info;
    if (!workflowExecution) throw new Error('recordAuditEvent runs only as a workflow activity');
    // The activity id is the same on every retry of this call.
    const dedupeKey = `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}`;
    await this.dataSource.transaction(async (manager) => {
      const written = await this.events.append(
        {
          type: event.type,
          actorKind: event.actor.kind,
          actorId: event.actor.id ?? null,
          programId: event.programId ?? null,
          workflowId: workflowExecution.workflowId,
          runId: workflowExecution.runId,
          dedupeKey,
          data: event.data ?? {},
        },
        manager,
      );
      if (!written) return;
      for (const subscription of await this.webhooks.subscribersTo(event.type, manager)) {
        // Identifiers only: receivers look people up through the API with their own access.
        const body = JSON.stringify({
          id: dedupeKey,
          type: event.type,
          occurredAt: new Date().toISOString(),
          programId: event.programId ?? null,
          workflowId: workflowExecution.workflowId,
          actor: event.actor,
          data: event.data ?? {},
        });
        await this.outbox.enqueue(
          {
            idempotencyKey: `webhook-${subscription.id}/${dedupeKey}`,
            channel: 'webhook',
            subscriptionId: subscription.id,
            toAddress: subscription.url,
            subject: event.type,
            bodyText: body,
            bodyHtml: '',
          },
          manager,
        );
      }
    });
  }
}
