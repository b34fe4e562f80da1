import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Templates the project office registered (the built-in ones ship as files), and what a program's
 * generic steps (form, checklist, document) hold.
 */
export class ProgramTemplates1796800000000 implements MigrationInterface {
  name = 'ProgramTemplates1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "program_templates" (
      "key" varchar(63) NOT NULL,
      "version" integer NOT NULL,
      "kind" varchar(20) NOT NULL,
      "body" jsonb NOT NULL,
      "registered_by" uuid,
      "registered_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_program_templates" PRIMARY KEY ("key", "version")
    )`);
    await q.query(`CREATE TABLE "program_step_records" (
      "program_id" uuid NOT NULL,
      "step_key" varchar(63) NOT NULL,
      "kind" varchar(20) NOT NULL,
      "data" jsonb NOT NULL,
      "updated_by" uuid,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_program_step_records" PRIMARY KEY ("program_id", "step_key")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "program_step_records"`);
    await q.query(`DROP TABLE "program_templates"`);
  }
}
