/** Who caused an audit event: a person (pseudonymous id) or the system itself. */
export interface AuditActor {
  kind: 'person' | 'system';
  id?: string;
}

export interface AuditEventInput {
  type: string;
  actor: AuditActor;
  programId?: string;
  /** Identifiers and small facts only: no names, emails or free text about people. */
  data?: Record<string, string | number | boolean | null>;
}

/** Activities that write the business audit trail; implemented by the worker. */
export interface AuditActivities {
  recordAuditEvent(event: AuditEventInput): Promise<void>;
  /** Appends several entries in order, in one transaction (a batch of admissions). */
  recordAuditEvents(events: AuditEventInput[]): Promise<void>;
}
