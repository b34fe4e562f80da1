import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limiter's fixed-window counters, in PostgreSQL so that every API instance counts
 * against the same budget. UNLOGGED: no write-ahead log for a counter; a crash merely forgets counts.
 */
export class RateLimitCounters1796000000000 implements MigrationInterface {
  name = 'RateLimitCounters1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE "rate_limit_counters" (
        "key" character varying(200) NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "PK_rate_limit_counters" PRIMARY KEY ("key", "window_start")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rate_limit_counters"`);
  }
}
