import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from '../entities/outbox-message.entity.js';

export type NewOutboxMessage = Pick<OutboxMessageEntity, 'idempotencyKey' | 'channel' | 'recipientId' | 'toAddress' | 'subject' | 'bodyText' | 'bodyHtml'>;

@Injectable()
export class OutboxRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Enqueues once per idempotency key; true when this call wrote the row. */
  async enqueue(message: NewOutboxMessage): Promise<boolean> {
    const result = await this.dataSource.createQueryBuilder().insert().into(OutboxMessageEntity).values(message).orIgnore().execute();
    return (result.raw as unknown[]).length > 0;
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
           WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND locked_until < now())
           ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.idempotency_key, o.to_address, o.subject, o.body_text, o.body_html, o.attempts`,
      [limit, leaseMs],
    );
    return rows.map((r) =>
      Object.assign(new OutboxMessageEntity(), {
        id: String(r.id),
        idempotencyKey: r.idempotency_key,
        toAddress: r.to_address,
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
