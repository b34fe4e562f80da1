import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795386104870 implements MigrationInterface {
  name = 'InitialSchema1795386104870';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "programs" (
        "id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "template_key" character varying(63) NOT NULL,
        "template_version" integer NOT NULL,
        "workflow_id" character varying(255) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_programs_workflow_id" UNIQUE ("workflow_id"),
        CONSTRAINT "PK_programs" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "audit_events" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "type" character varying(100) NOT NULL,
        "actor_kind" character varying(20) NOT NULL,
        "actor_id" character varying(100),
        "program_id" uuid,
        "workflow_id" character varying(255),
        "run_id" character varying(64),
        "dedupe_key" character varying(400),
        "data" jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT "UQ_audit_events_dedupe_key" UNIQUE ("dedupe_key"),
        CONSTRAINT "PK_audit_events" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "idx_audit_events_program" ON "audit_events" ("program_id", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_audit_events_program"`);
    await q.query(`DROP TABLE "audit_events"`);
    await q.query(`DROP TABLE "programs"`);
  }
}
