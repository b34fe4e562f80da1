import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventRepository, type NewAuditEvent } from './audit-event.repository.js';
import { OutboxRepository } from './outbox.repository.js';
import { WebhookSubscriptionRepository } from './webhook-subscription.repository.js';

/**
 * Writes one audit entry and, in the caller's transaction, one signed webhook delivery per
 * subscriber: other systems hear of exactly the events the trail records. An entry whose dedupe key
 * is already recorded writes nothing, so a retried activity or command is recorded once.
 */
@Injectable()
export class AuditTrail {
  constructor(
    @Inject(AuditEventRepository) private readonly events: AuditEventRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(WebhookSubscriptionRepository) private readonly webhooks: WebhookSubscriptionRepository,
  ) {}

  async record(event: NewAuditEvent & { dedupeKey: string }, manager: EntityManager): Promise<void> {
    if (!(await this.events.append(event, manager))) return;
    for (const subscription of await this.webhooks.subscribersTo(event.type, manager)) {
      // Identifiers only: receivers look people up through the API with their own access.
      const body = JSON.stringify({
        id: event.dedupeKey,
        type: event.type,
        occurredAt: new Date().toISOString(),
        programId: event.programId,
        workflowId: event.workflowId,
        actor: { kind: event.actorKind, ...(event.actorId ? { id: event.actorId } : {}) },
        data: event.data,
      });
      await this.outbox.enqueue(
        {
          idempotencyKey: `webhook-${subscription.id}/${event.dedupeKey}`,
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
