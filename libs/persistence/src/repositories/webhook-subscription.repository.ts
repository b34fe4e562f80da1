import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { eventMatches } from '@gov/domain';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity.js';

@Injectable()
export class WebhookSubscriptionRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(WebhookSubscriptionEntity);
  }

  async insert(subscription: Omit<WebhookSubscriptionEntity, 'createdAt' | 'active'>): Promise<WebhookSubscriptionEntity> {
    await this.repo.insert(subscription);
    return (await this.repo.findOneByOrFail({ id: subscription.id }))!;
  }

  list(): Promise<WebhookSubscriptionEntity[]> {
    return this.repo.find({ order: { createdAt: 'ASC' } });
  }

  findById(id: string): Promise<WebhookSubscriptionEntity | null> {
    return this.repo.findOneBy({ id });
  }

  /** Stops deliveries; messages already queued for it are still attempted. */
  async deactivate(id: string): Promise<boolean> {
    const result = await this.repo.update({ id, active: true }, { active: false });
    return (result.affected ?? 0) > 0;
  }

  /** Active subscriptions that want this event type (the notifier reads the secret when it signs). */
  async subscribersTo(type: string, manager: EntityManager = this.dataSource.manager): Promise<WebhookSubscriptionEntity[]> {
    const all = await manager.getRepository(WebhookSubscriptionEntity).findBy({ active: true });
    return all.filter((s) => s.events.some((p) => eventMatches(p, type)));
  }

  async secretOf(id: string): Promise<string | null> {
    const row = await this.repo.createQueryBuilder('s').addSelect('s.secret').where('s.id = :id', { id }).getOne();
    return row?.secret ?? null;
  }
}
