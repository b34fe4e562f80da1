import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fast Track cohorts: participants become persons of their own role, and a cohort's read model
 * keeps who came to the info meeting, who registered interest, and where each person stands
 * (admitted, on one of the three lists, withdrawn). The cohort workflow owns the places and offers.
 */
export class Cohorts1795399000000 implements MigrationInterface {
  name = 'Cohorts1795399000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "persons" DROP CONSTRAINT "CHK_persons_role"`);
    await q.query(`ALTER TABLE "persons" ADD CONSTRAINT "CHK_persons_role" CHECK ("role" IN ('project_office', 'contact_person', 'manager', 'participant'))`);
    await q.query(`
      CREATE TABLE "cohorts" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "settings" jsonb NOT NULL,
        "info_meeting_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "interest_closes_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "workflow_id" character varying(255) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cohorts" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_cohorts_workflow" UNIQUE ("workflow_id"),
        CONSTRAINT "FK_cohorts_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")
      )`);
    await q.query(`
      CREATE TABLE "cohort_members" (
        "cohort_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "attended_info_meeting" boolean NOT NULL DEFAULT false,
        "registered_at" TIMESTAMP WITH TIME ZONE,
        "status" character varying(20) NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cohort_members" PRIMARY KEY ("cohort_id", "person_id"),
        CONSTRAINT "FK_cohort_members_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id"),
        CONSTRAINT "CHK_cohort_members_status" CHECK ("status" IN ('attendee', 'registered', 'admitted', 'waiting', 'active-interest', 'passive-interest', 'withdrawn'))
      )`);
    await q.query(`CREATE INDEX "idx_cohort_members_status" ON "cohort_members" ("cohort_id", "status")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cohort_members"`);
    await q.query(`DROP TABLE "cohorts"`);
    await q.query(`DELETE FROM "persons" WHERE "role" = 'participant'`);
    await q.query(`ALTER TABLE "persons" DROP CONSTRAINT "CHK_persons_role"`);
    await q.query(`ALTER TABLE "persons" ADD CONSTRAINT "CHK_persons_role" CHECK ("role" IN ('project_office', 'contact_person', 'manager'))`);
  }
}
