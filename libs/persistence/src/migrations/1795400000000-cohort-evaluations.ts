import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Focus-group evaluations of a cohort (date, group, findings), for its final report. */
export class CohortEvaluations1795400000000 implements MigrationInterface {
  name = 'CohortEvaluations1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "cohort_evaluations" (
        "id" uuid NOT NULL,
        "cohort_id" uuid NOT NULL,
        "held_on" date NOT NULL,
        "group_name" character varying(200) NOT NULL,
        "findings" text NOT NULL,
        "recorded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_cohort_evaluations" PRIMARY KEY ("id"),
        CONSTRAINT "FK_cohort_evaluations_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id")
      )`);
    await q.query(`CREATE INDEX "idx_cohort_evaluations_cohort" ON "cohort_evaluations" ("cohort_id", "held_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "cohort_evaluations"`);
  }
}
