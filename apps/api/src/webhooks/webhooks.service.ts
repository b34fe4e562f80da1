import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { AppConfig } from '@gov/config';
import { WebhookTargetPolicy } from '@gov/notifications';
import { WebhookSubscriptionRepository, type WebhookSubscriptionEntity } from '@gov/persistence';
import { ValidationProblem } from '../common/problem-details.filter.js';
import type { Principal } from '../auth/principal.js';
import type { CreatedWebhookView, CreateWebhookDto, WebhookView } from './webhook.dto.js';

@Injectable()
export class WebhooksService {
  private readonly targets: WebhookTargetPolicy;

  constructor(
    @Inject(WebhookSubscriptionRepository) private readonly subscriptions: WebhookSubscriptionRepository,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.targets = new WebhookTargetPolicy(config.webhooks.allowedTargets);
  }

  async create(principal: Principal, dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    // Checked again on every delivery (a name may resolve elsewhere later).
    const problem = await this.targets.problemWith(dto.url);
    if (problem) throw new ValidationProblem([{ field: 'url', message: problem }]);
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
