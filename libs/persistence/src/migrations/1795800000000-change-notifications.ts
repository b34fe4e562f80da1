import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every insert into the audit trail notifies listeners on the `audit_changes` channel (PostgreSQL
 * NOTIFY, delivered at commit): one notification per distinct scope of the statement's rows —
 * event type and the ids of program, cohort, activity, subject person and actor, never personal
 * data. The API turns them into server-sent events, so pages change when the workflows do.
 */
export class ChangeNotifications1795800000000 implements MigrationInterface {
  name = 'ChangeNotifications1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('audit_changes', json_build_object(
                  'type', s.type, 'programId', s.program_id, 'cohortId', s.cohort_id, 'activityId', s.activity_id,
                  'personId', s.subject_person_id, 'actorId', s.actor_id)::text)
          FROM (SELECT DISTINCT type, program_id, cohort_id, activity_id, subject_person_id, actor_id FROM inserted) s;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "audit_events_notify" AFTER INSERT ON "audit_events"
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION audit_changes_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "audit_events_notify" ON "audit_events"`);
    await q.query(`DROP FUNCTION audit_changes_notify()`);
  }
}
