import { Inject, Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository, OutboxRepository, WebhookSubscriptionRepository } from '@gov/persistence';
import type { AuditEventInput } from '@gov/temporal/contracts';

/**
 * Writes one audit entry for the running activity and, in the same transaction, one signed webhook
 * delivery per subscriber: other systems hear of exactly the events the trail records. Keyed by the
 * activity's id, which is the same on every retry, so a retried activity writes nothing twice.
 */
@Injectable()
export class AuditWriter {
  constructor(
    @Inject(AuditEventRepository) private readonly events: AuditEventRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(WebhookSubscriptionRepository) private readonly webhooks: WebhookSubscriptionRepository,
  ) {}

  /** `index` tells apart several entries written by one activity. */
  async write(event: AuditEventInput, manager: EntityManager, index = 0): Promise<void> {
    const { workflowExecution, activityId } = Context.current().info;
    if (!workflowExecution) throw new Error('Audit entries are written only by workflow activities');
    const dedupeKey = `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}${index ? `/${index}` : ''}`;
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
  }
}
