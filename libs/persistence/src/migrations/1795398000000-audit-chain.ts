import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the application runs as: it may append audit entries, never change or remove them. */
export const APP_ROLE = 'governance_app';

/**
 * A tamper-evident audit trail. Every entry gets a sequence number and a SHA-256 hash over its
 * content and the previous entry's hash, computed by the database itself as the row is inserted
 * (serialized by an advisory lock, so the chain has no gaps or forks). Entries are append-only:
 * the application's role holds no UPDATE, DELETE or TRUNCATE privilege on them, and a trigger
 * refuses those to everyone else too (a superuser must disable triggers to tamper, which verify
 * then reports). Columns for the subjects an entry concerns make the history filterable.
 */
export class AuditChain1795398000000 implements MigrationInterface {
  name = 'AuditChain1795398000000';

  async up(q: QueryRunner): Promise<void> {
    for (const column of [
      '"seq" bigint',
      '"prev_hash" character(64)',
      '"hash" character(64)',
      '"actor_role" character varying(20)',
      '"request_id" character varying(100)',
      '"phase_key" character varying(63)',
      '"activity_id" uuid',
      '"cohort_id" uuid',
      '"subject_person_id" uuid',
      '"organization_id" uuid',
    ]) {
      await q.query(`ALTER TABLE "audit_events" ADD ${column}`);
    }
    // The content an entry's hash covers, field by field, separated by the ASCII unit separator.
    await q.query(`
      CREATE FUNCTION audit_canonical(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT concat_ws(chr(31),
          e.seq::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          e.type, e.actor_kind, coalesce(e.actor_id, ''), coalesce(e.actor_role, ''),
          coalesce(e.program_id::text, ''), coalesce(e.phase_key, ''), coalesce(e.activity_id::text, ''),
          coalesce(e.cohort_id::text, ''), coalesce(e.subject_person_id::text, ''), coalesce(e.organization_id::text, ''),
          coalesce(e.workflow_id, ''), coalesce(e.run_id, ''), coalesce(e.request_id, ''),
          e.data::text, e.prev_hash)
      $$`);
    await q.query(`
      CREATE FUNCTION audit_entry_hash(e audit_events) RETURNS character(64) LANGUAGE sql STABLE AS $$
        SELECT encode(sha256(convert_to(audit_canonical(e), 'UTF8')), 'hex')
      $$`);
    // Backfill the chain over what was recorded before, in the order it was recorded.
    await q.query(`
      DO $$
      DECLARE
        r audit_events;
        n bigint := 0;
        prev character(64) := repeat('0', 64);
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
          n := n + 1;
          r.seq := n;
          r.prev_hash := prev;
          r.occurred_at := date_trunc('milliseconds', r.occurred_at);
          r.hash := audit_entry_hash(r);
          UPDATE audit_events SET seq = r.seq, prev_hash = r.prev_hash, occurred_at = r.occurred_at, hash = r.hash WHERE id = r.id;
          prev := r.hash;
        END LOOP;
      END $$`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "seq" SET NOT NULL`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "UQ_audit_events_seq" UNIQUE ("seq")`);
    // The history views page newest first by seq within a program (and the other subjects).
    await q.query(`DROP INDEX "idx_audit_events_program"`);
    await q.query(`CREATE INDEX "idx_audit_events_program" ON "audit_events" ("program_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_type" ON "audit_events" ("type", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_actor" ON "audit_events" ("actor_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_activity" ON "audit_events" ("activity_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_cohort" ON "audit_events" ("cohort_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_subject_person" ON "audit_events" ("subject_person_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_organization" ON "audit_events" ("organization_id", "seq")`);
    await q.query(`CREATE INDEX "idx_audit_events_occurred" ON "audit_events" ("occurred_at")`);

    await q.query(`
      CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        last_seq bigint;
        last_hash character(64);
      BEGIN
        -- One writer at a time until commit: the next entry sees this one as its predecessor.
        PERFORM pg_advisory_xact_lock(47112021);
        SELECT seq, hash INTO last_seq, last_hash FROM audit_events ORDER BY seq DESC LIMIT 1;
        NEW.seq := coalesce(last_seq, 0) + 1;
        NEW.prev_hash := coalesce(last_hash, repeat('0', 64));
        NEW.occurred_at := date_trunc('milliseconds', coalesce(NEW.occurred_at, now()));
        NEW.hash := audit_entry_hash(NEW);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "audit_events_chain" BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_chain()`);
    await q.query(`
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_append_only()`);
    await q.query(`CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`);

    // The application's role: everything on its tables except changing or removing audit entries.
    await q.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF; END $$`);
    await q.query(`GRANT ${APP_ROLE} TO CURRENT_USER`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON "schema_migrations" FROM ${APP_ROLE}`);
    await q.query(`GRANT SELECT ON "schema_migrations" TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${APP_ROLE}`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    await q.query(`DROP TRIGGER "audit_events_no_truncate" ON "audit_events"`);
    await q.query(`DROP TRIGGER "audit_events_append_only" ON "audit_events"`);
    await q.query(`DROP TRIGGER "audit_events_chain" ON "audit_events"`);
    await q.query(`DROP FUNCTION audit_append_only()`);
    await q.query(`DROP FUNCTION audit_chain()`);
    for (const index of ['occurred', 'organization', 'subject_person', 'cohort', 'activity', 'actor', 'type']) await q.query(`DROP INDEX "idx_audit_events_${index}"`);
    await q.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "UQ_audit_events_seq"`);
    await q.query(`DROP INDEX "idx_audit_events_program"`);
    await q.query(`CREATE INDEX "idx_audit_events_program" ON "audit_events" ("program_id", "id")`);
    await q.query(`DROP FUNCTION audit_entry_hash(audit_events)`);
    await q.query(`DROP FUNCTION audit_canonical(audit_events)`);
    for (const column of ['organization_id', 'subject_person_id', 'cohort_id', 'activity_id', 'phase_key', 'request_id', 'actor_role', 'hash', 'prev_hash', 'seq']) {
      await q.query(`ALTER TABLE "audit_events" DROP COLUMN "${column}"`);
    }
  }
}
