import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's calendar subscription (their open tasks and meetings as iCalendar), reached by a secret link. */
export class CalendarFeeds1795700000000 implements MigrationInterface {
  name = 'CalendarFeeds1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "calendar_feeds" (
        "person_id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("person_id"),
        CONSTRAINT "UQ_calendar_feeds_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "FK_calendar_feeds_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_feeds"`);
  }
}
