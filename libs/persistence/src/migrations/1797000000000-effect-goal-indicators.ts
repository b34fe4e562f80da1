import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effect goals' indicators (name, unit, source, baseline, target, owner) with their yearly values,
 * and the indicators each program activity names as the ones it should move.
 */
export class EffectGoalIndicators1797000000000 implements MigrationInterface {
  name = 'EffectGoalIndicators1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "effect_goal_indicators" (
      "id" uuid NOT NULL,
      "program_id" uuid NOT NULL,
      "goal_number" integer NOT NULL,
      "key" varchar(63) NOT NULL,
      "name_sv" varchar(200) NOT NULL,
      "name_en" varchar(200) NOT NULL,
      "unit" varchar(40) NOT NULL,
      "source" varchar(300) NOT NULL,
      "baseline_year" integer NOT NULL,
      "baseline_value" numeric NOT NULL,
      "target_value" numeric NOT NULL,
      "target_year" integer NOT NULL,
      "owner_id" uuid NOT NULL,
      "created_by" uuid NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_effect_goal_indicators" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_effect_goal_indicators_program_key" UNIQUE ("program_id", "key"),
      CONSTRAINT "FK_effect_goal_indicators_program" FOREIGN KEY ("program_id") REFERENCES "programs"("id"),
      CONSTRAINT "FK_effect_goal_indicators_owner" FOREIGN KEY ("owner_id") REFERENCES "persons"("id")
    )`);
    await q.query(`CREATE TABLE "indicator_values" (
      "indicator_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "value" numeric NOT NULL,
      "recorded_by" uuid NOT NULL,
      "recorded_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "PK_indicator_values" PRIMARY KEY ("indicator_id", "year"),
      CONSTRAINT "FK_indicator_values_indicator" FOREIGN KEY ("indicator_id") REFERENCES "effect_goal_indicators"("id")
    )`);
    await q.query(`ALTER TABLE "program_activities" ADD "indicator_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "program_activities" DROP COLUMN "indicator_ids"`);
    await q.query(`DROP TABLE "indicator_values"`);
    await q.query(`DROP TABLE "effect_goal_indicators"`);
  }
}
