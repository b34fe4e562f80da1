import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Another system that wants to hear about events (task created, reminded, escalated, completed …):
 * each matching audit event is POSTed to `url`, signed with HMAC-SHA256 under `secret`. The secret is
 * kept in clear because the notifier must sign with it; it is shown once, when the subscription is made.
 */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 100, select: false })
  secret: string;

  /** Event types (`task.completed`), a family (`task.*`) or everything (`*`). */
  @Column({ type: 'text', array: true })
  events: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
