import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A fixed-window request counter of the rate limiter, shared by every API instance: per person
 * (`person:<id>`), per client address without credentials (`addr:<ip>`) or with credentials that
 * failed (`refused:<ip>`). Windows are swept once they are over; the table is UNLOGGED (a crash
 * only forgets counts).
 */
@Entity({ name: 'rate_limit_counters' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_rate_limit_counters' }) key: string;
  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'PK_rate_limit_counters' }) windowStart: Date;
  @Column({ type: 'integer' }) count: number;
}
