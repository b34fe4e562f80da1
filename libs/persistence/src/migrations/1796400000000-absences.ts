import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Absences with a substitute (vikarie): who is away, who acts for them, from when until when. */
export class Absences1796400000000 implements MigrationInterface {
  name = 'Absences1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "absences" (
      "id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "substitute_id" uuid NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "created_by" uuid NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "CHK_absences_period" CHECK ("ends_at" > "starts_at"),
      CONSTRAINT "CHK_absences_not_self" CHECK ("substitute_id" <> "person_id"),
      CONSTRAINT "PK_absences" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "IDX_absences_person_period" ON "absences" ("person_id", "ends_at")`);
    await q.query(`CREATE INDEX "IDX_absences_substitute_period" ON "absences" ("substitute_id", "ends_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "absences"`);
  }
}
