import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whenever a person's credentials or standing change — a token revoked, its expiry moved or the
 * token deleted (also when its person is removed or erased), the person removed or given another
 * role, organization or identity binding — PostgreSQL notifies the `principal_changes` channel
 * with the person's id (nothing else), delivered at commit. Every API process listens, and
 * closes that person's open event streams whose credentials no longer hold.
 */
export class PrincipalChanges1796100000000 implements MigrationInterface {
  name = 'PrincipalChanges1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION principal_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'persons' THEN
          PERFORM pg_notify('principal_changes', json_build_object('personId', OLD.id)::text);
        ELSE
          PERFORM pg_notify('principal_changes', json_build_object('personId', OLD.person_id)::text);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "api_tokens_principal_changes" AFTER UPDATE OF "revoked_at", "expires_at" OR DELETE ON "api_tokens"
        FOR EACH ROW EXECUTE FUNCTION principal_changes_notify()`);
    await q.query(`
      CREATE TRIGGER "persons_principal_changes" AFTER UPDATE OF "role", "organization_id", "external_subject" OR DELETE ON "persons"
        FOR EACH ROW EXECUTE FUNCTION principal_changes_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "persons_principal_changes" ON "persons"`);
    await q.query(`DROP TRIGGER "api_tokens_principal_changes" ON "api_tokens"`);
    await q.query(`DROP FUNCTION principal_changes_notify()`);
  }
}
