import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fast Track events beside the modules (conference and study visits, guest lectures) with who
 * attended, and the interview outcome "not suitable" as a member status.
 */
export class CohortEvents1795500000000 implements MigrationInterface {
  name = 'CohortEvents1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cohort_events" (
        "id" uuid NOT NULL,
        "cohort_id" uuid NOT NULL,
        "kind" character varying(30) NOT NULL,
        "title" character varying(200) NOT NULL,
        "held_on" date NOT NULL,
        "recorded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cohort_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_cohort_events_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id"),
        CONSTRAINT "CHK_cohort_events_kind" CHECK ("kind" IN ('conference-visit', 'study-visit', 'guest-lecture'))
      )`);
    await q.query(`CREATE INDEX "idx_cohort_events_cohort" ON "cohort_events" ("cohort_id", "held_on")`);
    await q.query(`
      CREATE TABLE "cohort_event_attendance" (
        "event_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cohort_event_attendance" PRIMARY KEY ("event_id", "person_id"),
        CONSTRAINT "FK_cohort_event_attendance_event" FOREIGN KEY ("event_id") REFERENCES "cohort_events"("id"),
        CONSTRAINT "FK_cohort_event_attendance_person" FOREIGN KEY ("person_id") REFERENCES "persons"("id")
      )`);
    await q.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "CHK_cohort_members_status"`);
    await q.query(
      `ALTER TABLE "cohort_members" ADD CONSTRAINT "CHK_cohort_members_status" CHECK ("status" IN ('attendee', 'registered', 'admitted', 'waiting', 'active-interest', 'passive-interest', 'withdrawn', 'not-suitable'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cohort_members" DROP CONSTRAINT "CHK_cohort_members_status"`);
    await q.query(`ALTER TABLE "cohort_members" ADD CONSTRAINT "CHK_cohort_members_status" CHECK ("status" IN ('attendee', 'registered', 'admitted', 'waiting', 'active-interest', 'passive-interest', 'withdrawn'))`);
    await q.query(`DROP TABLE "cohort_event_attendance"`);
    await q.query(`DROP TABLE "cohort_events"`);
  }
}
