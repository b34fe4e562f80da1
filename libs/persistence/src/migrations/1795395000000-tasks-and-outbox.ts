import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TasksAndOutbox1795395000000 implements MigrationInterface {
  name = 'TasksAndOutbox1795395000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "tasks" (
        "id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "instructions" text NOT NULL DEFAULT '',
        "assignee_id" uuid NOT NULL,
        "created_by" uuid NOT NULL,
        "escalate_to_id" uuid NOT NULL,
        "program_id" uuid,
        "phase_key" character varying(63),
        "activity_id" uuid,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "reminder_policy" jsonb NOT NULL,
        "answer_form" jsonb,
        "status" character varying(20) NOT NULL DEFAULT 'open',
        "escalated" boolean NOT NULL DEFAULT false,
        "reminders_sent" integer NOT NULL DEFAULT 0,
        "answer" jsonb,
        "completed_by" uuid,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "workflow_id" character varying(255) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_tasks_workflow_id" UNIQUE ("workflow_id"),
        CONSTRAINT "PK_tasks" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "idx_tasks_assignee_status_due" ON "tasks" ("assignee_id", "status", "due_at")`);
    await q.query(`CREATE INDEX "idx_tasks_status_due" ON "tasks" ("status", "due_at")`);
    await q.query(`
      CREATE TABLE "notification_outbox" (
        "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
        "idempotency_key" character varying(300) NOT NULL,
        "channel" character varying(20) NOT NULL,
        "recipient_id" uuid NOT NULL,
        "to_address" character varying(254) NOT NULL,
        "subject" character varying(300) NOT NULL,
        "body_text" text NOT NULL,
        "body_html" text NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_outbox_idempotency_key" UNIQUE ("idempotency_key"),
        CONSTRAINT "PK_notification_outbox" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "idx_outbox_due" ON "notification_outbox" ("status", "next_attempt_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_outbox"`);
    await q.query(`DROP TABLE "tasks"`);
  }
}
