import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Phased programs (Skola först): the program's governance snapshot and position read model, the
 * needs analysis (sessions, needs, focus areas, collaboration model, network, communication plan)
 * and phase II activities with their evaluation cycles.
 */
export class PhasedPrograms1795397000000 implements MigrationInterface {
  name = 'PhasedPrograms1795397000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "programs" ADD "governance" jsonb`);
    await q.query(`ALTER TABLE "programs" ADD "owner_id" uuid`);
    await q.query(`ALTER TABLE "programs" ADD "gate_owner_id" uuid`);
    await q.query(`ALTER TABLE "programs" ADD "status" character varying(20) NOT NULL DEFAULT 'active'`);
    await q.query(`ALTER TABLE "programs" ADD "phase_key" character varying(63)`);
    await q.query(`ALTER TABLE "programs" ADD "step_key" character varying(63)`);
    await q.query(`ALTER TABLE "programs" ADD "step_status" character varying(20)`);
    await q.query(`ALTER TABLE "programs" ADD "step_task_id" uuid`);
    await q.query(`ALTER TABLE "programs" ADD "gate_task_id" uuid`);
    await q.query(`ALTER TABLE "programs" ADD "network_kickoff_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "programs" ADD CONSTRAINT "CHK_programs_status" CHECK ("status" IN ('active', 'closed'))`);
    await q.query(`ALTER TABLE "programs" ADD CONSTRAINT "CHK_programs_step_status" CHECK ("step_status" IN ('open', 'completed'))`);

    await q.query(`ALTER TABLE "tasks" ADD "purpose" character varying(40)`);
    await q.query(`ALTER TABLE "tasks" ADD "subject_key" character varying(100)`);
    await q.query(`CREATE INDEX "idx_tasks_program_purpose" ON "tasks" ("program_id", "purpose")`);

    await q.query(`
      CREATE TABLE "gathering_sessions" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "kind" character varying(63) NOT NULL,
        "title" character varying(200) NOT NULL,
        "held_on" date NOT NULL,
        "participant_groups" text array NOT NULL,
        "organization_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_gathering_sessions" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "idx_gathering_sessions_program" ON "gathering_sessions" ("program_id", "held_on")`);
    await q.query(`
      CREATE TABLE "needs" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "session_id" uuid NOT NULL,
        "text" character varying(2000) NOT NULL,
        "question_key" character varying(63),
        "category_key" character varying(63),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_needs" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "idx_needs_program_category" ON "needs" ("program_id", "category_key")`);
    await q.query(`CREATE INDEX "idx_needs_session" ON "needs" ("session_id")`);
    await q.query(`
      CREATE TABLE "focus_areas" (
        "program_id" uuid NOT NULL,
        "key" character varying(63) NOT NULL,
        "position" integer NOT NULL,
        "name_sv" character varying(200) NOT NULL,
        "name_en" character varying(200) NOT NULL,
        "category_keys" text array NOT NULL,
        CONSTRAINT "PK_focus_areas" PRIMARY KEY ("program_id", "key")
      )`);
    await q.query(`
      CREATE TABLE "collaboration_bodies" (
        "program_id" uuid NOT NULL,
        "role_key" character varying(63) NOT NULL,
        "position" integer NOT NULL,
        "body" character varying(200) NOT NULL,
        CONSTRAINT "PK_collaboration_bodies" PRIMARY KEY ("program_id", "role_key", "position")
      )`);
    await q.query(`
      CREATE TABLE "network_members" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "person_id" uuid NOT NULL,
        "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "left_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_network_members" PRIMARY KEY ("id")
      )`);
    // One contact person per department or company at a time.
    await q.query(`CREATE UNIQUE INDEX "uq_network_members_active" ON "network_members" ("program_id", "organization_id") WHERE "left_at" IS NULL`);
    await q.query(`
      CREATE TABLE "network_meetings" (
        "program_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "attendee_ids" uuid array,
        "minutes" text,
        "recorded_by" uuid,
        "recorded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_network_meetings" PRIMARY KEY ("program_id", "number")
      )`);
    await q.query(`
      CREATE TABLE "communication_items" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "channel_key" character varying(63) NOT NULL,
        "audience_key" character varying(63) NOT NULL,
        "recurrence" character varying(20) NOT NULL,
        "due_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_communication_items" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_communication_items_recurrence" CHECK ("recurrence" IN ('one-off', 'continuous'))
      )`);
    await q.query(`
      CREATE TABLE "program_activities" (
        "id" uuid NOT NULL,
        "program_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "focus_area_keys" text array NOT NULL,
        "level_keys" text array NOT NULL,
        "owner_organization_ids" uuid array NOT NULL,
        "responsible_id" uuid NOT NULL,
        "method_key" character varying(63) NOT NULL,
        "effect_goal_numbers" integer array NOT NULL,
        "planned_start" date NOT NULL,
        "planned_end" date NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'planning',
        "cycle" integer NOT NULL DEFAULT 1,
        "parent_id" uuid,
        "proposed_by" uuid NOT NULL,
        "workflow_id" character varying(255) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_program_activities" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_program_activities_workflow" UNIQUE ("workflow_id"),
        CONSTRAINT "CHK_program_activities_status" CHECK ("status" IN ('planning', 'execution', 'evaluation', 'ended', 'scaled-up'))
      )`);
    await q.query(`CREATE INDEX "idx_program_activities_program_status" ON "program_activities" ("program_id", "status")`);
    await q.query(`
      CREATE TABLE "activity_evaluations" (
        "activity_id" uuid NOT NULL,
        "cycle" integer NOT NULL,
        "decision" character varying(20) NOT NULL,
        "rationale" text NOT NULL,
        "decided_by" uuid NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "successor_id" uuid,
        CONSTRAINT "PK_activity_evaluations" PRIMARY KEY ("activity_id", "cycle"),
        CONSTRAINT "CHK_activity_evaluations_decision" CHECK ("decision" IN ('end', 'continue', 'scale-up'))
      )`);
    // Program data belongs to its program; people and organizations are referenced by id only, so
    // erasing or removing a person never has to cascade through program history.
    await q.query(`ALTER TABLE "gathering_sessions" ADD CONSTRAINT "FK_gathering_sessions_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "needs" ADD CONSTRAINT "FK_needs_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "needs" ADD CONSTRAINT "FK_needs_session" FOREIGN KEY ("session_id") REFERENCES "gathering_sessions"("id")`);
    await q.query(`ALTER TABLE "focus_areas" ADD CONSTRAINT "FK_focus_areas_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "collaboration_bodies" ADD CONSTRAINT "FK_collaboration_bodies_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_network_members_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "network_meetings" ADD CONSTRAINT "FK_network_meetings_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "communication_items" ADD CONSTRAINT "FK_communication_items_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "program_activities" ADD CONSTRAINT "FK_program_activities_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id")`);
    await q.query(`ALTER TABLE "program_activities" ADD CONSTRAINT "FK_program_activities_parent" FOREIGN KEY ("parent_id") REFERENCES "program_activities"("id")`);
    await q.query(`ALTER TABLE "activity_evaluations" ADD CONSTRAINT "FK_activity_evaluations_activity" FOREIGN KEY ("activity_id") REFERENCES "program_activities"("id")`);
    await q.query(`ALTER TABLE "activity_evaluations" ADD CONSTRAINT "FK_activity_evaluations_successor" FOREIGN KEY ("successor_id") REFERENCES "program_activities"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['activity_evaluations', 'program_activities', 'communication_items', 'network_meetings', 'network_members', 'collaboration_bodies', 'focus_areas', 'needs', 'gathering_sessions']) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP INDEX "idx_tasks_program_purpose"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "subject_key"`);
    await q.query(`ALTER TABLE "tasks" DROP COLUMN "purpose"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "CHK_programs_step_status"`);
    await q.query(`ALTER TABLE "programs" DROP CONSTRAINT "CHK_programs_status"`);
    for (const column of ['network_kickoff_at', 'gate_task_id', 'step_task_id', 'step_status', 'step_key', 'phase_key', 'status', 'gate_owner_id', 'owner_id', 'governance']) {
      await q.query(`ALTER TABLE "programs" DROP COLUMN "${column}"`);
    }
  }
}
