import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Closure days registered for a working-day calendar (beyond weekends, public holidays and eves). */
export class CalendarClosures1796600000000 implements MigrationInterface {
  name = 'CalendarClosures1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "calendar_closures" (
      "calendar_key" varchar(40) NOT NULL,
      "date" date NOT NULL,
      "name_sv" varchar(100) NOT NULL,
      "name_en" varchar(100) NOT NULL,
      CONSTRAINT "PK_calendar_closures" PRIMARY KEY ("calendar_key", "date")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_closures"`);
  }
}
