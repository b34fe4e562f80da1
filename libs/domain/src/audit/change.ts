/**
 * What changed, as the audit trail's NOTIFY carries it to the API and the API's `GET /changes`
 * streams it to the pages: the event type and ids, never personal data. `resync` (all ids null)
 * follows a reconnect, when changes may have been missed.
 */
export interface Change {
  type: string;
  programId: string | null;
  cohortId: string | null;
  activityId: string | null;
  personId: string | null;
  actorId: string | null;
}
