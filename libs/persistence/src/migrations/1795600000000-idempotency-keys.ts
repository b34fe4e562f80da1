import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Answers to commands sent with an `Idempotency-Key`, so a repeated command has one effect and the same reply. */
export class IdempotencyKeys1795600000000 implements MigrationInterface {
  name = 'IdempotencyKeys1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "idempotency_keys" (
        "principal_id" uuid NOT NULL,
        "key" character varying(200) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "status" character varying(10) NOT NULL,
        "response_status" integer,
        "response_body" json,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_idempotency_keys" PRIMARY KEY ("principal_id", "key"),
        CONSTRAINT "CHK_idempotency_keys_status" CHECK ("status" IN ('pending', 'done'))
      )`);
    await q.query(`CREATE INDEX "idx_idempotency_keys_created" ON "idempotency_keys" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_keys"`);
  }
}
