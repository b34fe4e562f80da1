import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { WebhookSubscriptionRepository, type WebhookSubscriptionEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import type { CreatedWebhookView, CreateWebhookDto, WebhookView } from './webhook.dto.js';

@Injectable()
export class WebhooksService {
  constructor(@Inject(WebhookSubscriptionRepository) private readonly subscriptions: WebhookSubscriptionRepository) {}

  async create(principal: Principal, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const row = await this.subscriptions.insert({ id: randomUUID(), name: dto.name, url: dto.url, events: dto.events, secret, createdBy: principal.personId });
    return { ...view(row), secret };
  }

  async list(): Promise<WebhookView[]> {
    return (await this.subscriptions.list()).map(view);
  }

  /** Deactivates (the deliveries already made stay on record). */
  async remove(id: string): Promise<void> {
    if (!(await this.subscriptions.deactivate(id))) throw new NotFoundException(`Webhook ${id} not found`);
  }
}

function view(s: WebhookSubscriptionEntity): WebhookView {
  return { id: s.id, name: s.name, url: s.url, events: s.events, active: s.active, createdAt: s.createdAt.toISOString() };
}
