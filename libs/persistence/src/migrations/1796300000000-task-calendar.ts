import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar a task follows (its key and basis): its deadline keeps off days off and
 * working-day durations in its reminder policy count that calendar's working days. Null: calendar
 * days, as every task before.
 */
export class TaskCalendar1796300000000 implements MigrationInterface {
  name = 'TaskCalendar1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" ADD COLUMN "calendar" jsonb NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "calendar"`);
  }
}
