import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** `digested`: a reminder held for a daily digest and folded into that digest's mail. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead' | 'digested';
/** email: a mail now; digest: a reminder held for the recipient's daily digest; webhook: a signed POST. */
export type OutboxChannel = 'email' | 'digest' | 'webhook';

/**
 * One notification to deliver, written in the same step that decided to send it and keyed by an
 * idempotency key derived from the workflow, the task and the notice number — never the attempt.
 */
@Entity({ name: 'notification_outbox' })
@Index('idx_outbox_due', ['status', 'nextAttemptAt'])
@Check('CHK_outbox_channel', `"channel" IN ('email', 'webhook', 'digest')`)
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 300, unique: true })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 20 })
  channel: OutboxChannel;

  /** The person mailed (email, digest); null for webhooks. */
  @Column({ name: 'recipient_id', type: 'uuid', nullable: true })
  recipientId: string | null;

  /** The webhook subscription called; null for mail. */
  @Column({ name: 'subscription_id', type: 'uuid', nullable: true })
  subscriptionId: string | null;

  /** An email address, or the webhook's URL. */
  @Column({ name: 'to_address', type: 'varchar', length: 2000 })
  toAddress: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml: string;

  /** Where the notice points (the task), listed in a digest. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  link: string | null;

  /** A calendar invitation (iCalendar, METHOD:REQUEST) sent with the mail. */
  @Column({ type: 'text', nullable: true })
  ics: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
