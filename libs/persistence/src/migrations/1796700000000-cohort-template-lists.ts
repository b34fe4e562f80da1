import type { MigrationInterface, QueryRunner } from 'typeorm';

const FAST_TRACK_STATUSES = `('attendee', 'registered', 'admitted', 'waiting', 'active-interest', 'passive-interest', 'withdrawn', 'not-suitable')`;

/**
 * Cohort templates declare their own lists: a member's status is a status or the key of the list
 * they are on, any of the template's (a template key: up to 63 characters), no longer one of Fast
 * Track's three. The stored settings keep their shape (`listOrder` is read as Fast Track's lists).
 * Rolled back only while every member stands on one of Fast Track's lists (or holds a status).
 */
export class CohortTemplateLists1796700000000 implements MigrationInterface {
  name = 'CohortTemplateLists1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "CHK_cohort_members_status"`);
    await q.query(`ALTER TABLE "cohort_members" ALTER COLUMN "status" TYPE character varying(63)`);
    await q.query(`ALTER TABLE "cohort_members" ADD CONSTRAINT "CHK_cohort_members_status" CHECK ("status" ~ '^[a-z][a-z0-9-]{1,62}$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ n }] = await q.query(`SELECT count(*)::int AS n FROM "cohort_members" WHERE "status" NOT IN ${FAST_TRACK_STATUSES}`);
    if (n > 0) throw new Error(`${n} cohort members stand on lists other than Fast Track's three; move them before rolling back CohortTemplateLists1796700000000.`);
    await q.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "CHK_cohort_members_status"`);
    await q.query(`ALTER TABLE "cohort_members" ALTER COLUMN "status" TYPE character varying(20)`);
    await q.query(`ALTER TABLE "cohort_members" ADD CONSTRAINT "CHK_cohort_members_status" CHECK ("status" IN ${FAST_TRACK_STATUSES})`);
  }
}
