import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The workflow command log: every command that writes PostgreSQL and then starts or updates a
 * workflow records, in its own transaction, what it will send to Temporal. The sender delivers it
 * after the commit; the reconciler delivers what a crash left undelivered. Ids and enums only.
 */
export class WorkflowCommands1795900000000 implements MigrationInterface {
  name = 'WorkflowCommands1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "workflow_commands" (
        "id" uuid NOT NULL,
        "task_queue" varchar(200) NOT NULL,
        "steps" jsonb NOT NULL,
        "next_step" integer NOT NULL DEFAULT 0,
        "status" varchar(10) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "delivered_by" varchar(20),
        "last_error" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        "lease_until" timestamptz,
        CONSTRAINT "PK_workflow_commands" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_workflow_commands_status" CHECK ("status" IN ('pending', 'done', 'refused', 'failed'))
      )`);
    await q.query(`CREATE INDEX "idx_workflow_commands_pending" ON "workflow_commands" ("task_queue", "created_at") WHERE "status" = 'pending'`);
    // A completion's answer waits here, committed with its command, until the workflow accepts it.
    await q.query(`ALTER TABLE "tasks" ADD COLUMN "pending_answer" jsonb, ADD COLUMN "pending_command_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "pending_command_id", DROP COLUMN "pending_answer"`);
    await q.query(`DROP TABLE "workflow_commands"`);
  }
}
