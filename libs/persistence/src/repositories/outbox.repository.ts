import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';

export type NewOutboxMessage = Pick<OutboxMessageEntity, 'idempotencyKey' | 'channel' | 'toAddress' | 'subject' | 'bodyText' | 'bodyHtml'> &
  Partial<Pick<OutboxMessageEntity, 'recipientId' | 'subscriptionId' | 'link' | 'ics' | 'nextAttemptAt'>>;

/** Reminders held for one person's digest, claimed together. */
export interface HeldDigest {
  recipientId: string;
  /** The digest moment they were held for. */
  dueAt: Date;
  items: { id: string; subject: string; link: string | null }[];
}

@Injectable()
export class OutboxRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Enqueues once per idempotency key, in the caller's transaction if given; true when this call wrote the row. */
  async enqueue(message: NewOutboxMessage, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(OutboxMessageEntity).values(message).orIgnore().execute();
    return (result.raw as unknown[]).length > 0;
  }

  /**
   * Folds each person's held reminders whose digest moment has come into one mail, in one
   * transaction: the digest mail is enqueued and its reminders marked `digested` together, so a
   * crash leaves either both or neither. `compose` renders the mail (null: the person is gone).
   */
  async composeDigests(compose: (held: HeldDigest) => Promise<NewOutboxMessage | null>, limit = 50): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; recipient_id: string; next_attempt_at: Date; subject: string; link: string | null }[] = await manager.query(
        `SELECT id, recipient_id, next_attempt_at, subject, link FROM notification_outbox
          WHERE channel = 'digest' AND status = 'pending' AND next_attempt_at <= now()
          ORDER BY recipient_id, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit * 20],
      );
      const byRecipient = new Map<string, HeldDigest>();
      for (const r of rows) {
        const held = byRecipient.get(r.recipient_id) ?? { recipientId: r.recipient_id, dueAt: r.next_attempt_at, items: [] };
        held.items.push({ id: String(r.id), subject: r.subject, link: r.link });
        if (r.next_attempt_at < held.dueAt) held.dueAt = r.next_attempt_at;
        byRecipient.set(r.recipient_id, held);
      }
      for (const held of byRecipient.values()) {
        const mail = await compose(held);
        if (mail) await this.enqueue(mail, manager);
        await manager.query(`UPDATE notification_outbox SET status = $2, sent_at = now() WHERE id = ANY($1::bigint[])`, [
          held.items.map((i) => i.id),
          mail ? 'digested' : 'dead',
        ]);
      }
      return byRecipient.size;
    });
  }

  /**
   * Claims up to `limit` due messages for `leaseMs`: a dispatcher that dies mid-send loses its lease
   * and another one takes the message over. SKIP LOCKED lets several dispatchers share the table.
   */
  async claim(limit: number, leaseMs: number): Promise<OutboxMessageEntity[]> {
    // For UPDATE … RETURNING, TypeORM's Postgres driver answers [rows, rowCount].
    const [rows]: [Record<string, unknown>[], number] = await this.dataSource.query(
      `UPDATE notification_outbox o SET status = 'sending', attempts = o.attempts + 1, locked_until = now() + make_interval(secs => $2::double precision / 1000)
        WHERE o.id IN (
          SELECT id FROM notification_outbox
           WHERE channel <> 'digest' AND ((status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND locked_until < now()))
           ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.idempotency_key, o.channel, o.subscription_id, o.to_address, o.subject, o.body_text, o.body_html, o.ics, o.attempts`,
      [limit, leaseMs],
    );
    return rows.map((r) =>
      Object.assign(new OutboxMessageEntity(), {
        id: String(r.id),
        idempotencyKey: r.idempotency_key,
        channel: r.channel,
        subscriptionId: r.subscription_id,
        toAddress: r.to_address,
        ics: r.ics,
        subject: r.subject,
        bodyText: r.body_text,
        bodyHtml: r.body_html,
        attempts: r.attempts,
      }),
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`, [id]);
  }

  async markRetry(id: string, error: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_outbox SET status = 'pending', locked_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
      [id, error.slice(0, 1000), delayMs],
    );
  }

  /** A permanent failure (e.g. the address does not exist): kept for review, never retried. */
  async markDead(id: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification_outbox SET status = 'dead', locked_until = NULL, last_error = $2 WHERE id = $1`, [id, error.slice(0, 1000)]);
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows: { status: string; n: number }[] = await this.dataSource.query(`SELECT status, count(*)::int AS n FROM notification_outbox GROUP BY status`);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
}
