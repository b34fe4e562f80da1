import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers kept for `Idempotency-Key` repeats no longer hold the secrets a command shows once (an API
 * token, a webhook's signing secret, a calendar link): they are taken out of the answers kept before,
 * whose repeats now replay without them, as new ones do; and expired keys go.
 */
export class IdempotencySecrets1796200000000 implements MigrationInterface {
  name = 'IdempotencySecrets1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE "idempotency_keys" SET "response_body" = ("response_body"::jsonb - 'token' - 'secret' - 'url')::json
        WHERE json_typeof("response_body") = 'object' AND "response_body"::jsonb ?| array['token', 'secret', 'url']`,
    );
    await q.query(`DELETE FROM "idempotency_keys" WHERE "created_at" < now() - interval '24 hours'`);
  }

  async down(): Promise<void> {
    // Nothing to restore: the secrets taken out must not be kept.
  }
}
