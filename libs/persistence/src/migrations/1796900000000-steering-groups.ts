import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A program's steering group (who held which seat when, and its decision rule), the decision
 * material provided at a decision point, and each decision as the group took it: who was present,
 * each member's position, its conditions and reservations. The protocol is generated from these.
 */
export class SteeringGroups1796900000000 implements MigrationInterface {
  name = 'SteeringGroups1796900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "steering_groups" (
      "program_id" uuid NOT NULL,
      "rule" varchar(20) NOT NULL,
      "quorum" integer NOT NULL,
      "updated_by" uuid,
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_steering_groups" PRIMARY KEY ("program_id"),
      CONSTRAINT "CHK_steering_groups_rule" CHECK ("rule" IN ('chair', 'majority', 'all')),
      CONSTRAINT "CHK_steering_groups_quorum" CHECK ("quorum" BETWEEN 1 AND 50)
    )`);
    await q.query(`CREATE TABLE "steering_group_seats" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "program_id" uuid NOT NULL,
      "person_id" uuid NOT NULL,
      "role" varchar(20) NOT NULL,
      "position" integer NOT NULL DEFAULT 0,
      "from_at" timestamptz NOT NULL DEFAULT now(),
      "until_at" timestamptz,
      CONSTRAINT "PK_steering_group_seats" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_steering_group_seats_role" CHECK ("role" IN ('chair', 'member', 'secretary', 'co-opted'))
    )`);
    await q.query(`CREATE INDEX "IDX_steering_group_seats_program" ON "steering_group_seats" ("program_id", "from_at")`);
    await q.query(`CREATE INDEX "IDX_steering_group_seats_person" ON "steering_group_seats" ("person_id")`);
    // One running seat per person and program.
    await q.query(`CREATE UNIQUE INDEX "UQ_steering_group_seats_current" ON "steering_group_seats" ("program_id", "person_id") WHERE "until_at" IS NULL`);
    await q.query(`CREATE TABLE "gate_materials" (
      "gate_task_id" uuid NOT NULL,
      "key" varchar(63) NOT NULL,
      "program_id" uuid NOT NULL,
      "phase_key" varchar(63) NOT NULL,
      "title" varchar(300) NOT NULL,
      "link" varchar(2000) NOT NULL,
      "recorded_by" uuid NOT NULL,
      "recorded_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_gate_materials" PRIMARY KEY ("gate_task_id", "key")
    )`);
    await q.query(`CREATE TABLE "gate_decisions" (
      "gate_task_id" uuid NOT NULL,
      "program_id" uuid NOT NULL,
      "phase_key" varchar(63) NOT NULL,
      "round" integer NOT NULL,
      "decision" varchar(63) NOT NULL,
      "comment" text,
      "rule" jsonb,
      "seats" jsonb NOT NULL,
      "present" uuid[] NOT NULL,
      "positions" jsonb NOT NULL,
      "material" jsonb NOT NULL,
      "conditions" jsonb NOT NULL,
      "reservations" jsonb NOT NULL,
      "recorded_by" uuid NOT NULL,
      "decided_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_gate_decisions" PRIMARY KEY ("gate_task_id")
    )`);
    await q.query(`CREATE INDEX "IDX_gate_decisions_program" ON "gate_decisions" ("program_id", "decided_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "gate_decisions"`);
    await q.query(`DROP TABLE "gate_materials"`);
    await q.query(`DROP TABLE "steering_group_seats"`);
    await q.query(`DROP TABLE "steering_groups"`);
  }
}
