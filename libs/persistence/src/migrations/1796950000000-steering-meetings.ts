import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A steering group's meetings (styrgruppsmöten): numbered per program, with their minutes. */
export class SteeringMeetings1796950000000 implements MigrationInterface {
  name = 'SteeringMeetings1796950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "steering_meetings" (
      "id" uuid NOT NULL,
      "program_id" uuid NOT NULL,
      "number" integer NOT NULL,
      "starts_at" timestamptz NOT NULL,
      "ends_at" timestamptz NOT NULL,
      "location" varchar(200),
      "invitation_task_ids" uuid[] NOT NULL DEFAULT '{}',
      "minutes" text,
      "minutes_by" uuid,
      "minutes_at" timestamptz,
      "created_by" uuid NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_steering_meetings" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_steering_meetings_number" UNIQUE ("program_id", "number"),
      CONSTRAINT "CHK_steering_meetings_times" CHECK ("ends_at" > "starts_at")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "steering_meetings"`);
  }
}
