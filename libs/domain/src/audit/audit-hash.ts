import { createHash } from 'node:crypto';

/** An audit entry as listed or exported: everything its hash covers, and the hashes. */
export interface ChainedAuditEntry {
  seq: string | number;
  /** ISO 8601 in UTC with milliseconds, as the database truncates it. */
  occurredAt: string;
  type: string;
  actorKind: string;
  actorId: string | null;
  actorRole: string | null;
  programId: string | null;
  phaseKey: string | null;
  activityId: string | null;
  cohortId: string | null;
  subjectPersonId: string | null;
  organizationId: string | null;
  workflowId: string | null;
  runId: string | null;
  requestId: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
}

/** The hash of the entry before the first. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * A JSON value as PostgreSQL prints a jsonb value: object keys ordered by length and then
 * bytewise, `": "` and `", "` as separators. Lets an exported file be checked without the database.
 */
export function jsonbText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  const keys = Object.keys(value as object).sort((a, b) => {
    const [x, y] = [Buffer.from(a), Buffer.from(b)];
    return x.length - y.length || Buffer.compare(x, y);
  });
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((value as Record<string, unknown>)[k])}`).join(', ')}}`;
}

/** The content the hash covers, exactly as the database's audit_canonical() builds it. */
export function auditCanonical(e: ChainedAuditEntry): string {
  const s = (v: string | null) => v ?? '';
  return [
    String(e.seq),
    e.occurredAt,
    e.type,
    e.actorKind,
    s(e.actorId),
    s(e.actorRole),
    s(e.programId),
    s(e.phaseKey),
    s(e.activityId),
    s(e.cohortId),
    s(e.subjectPersonId),
    s(e.organizationId),
    s(e.workflowId),
    s(e.runId),
    s(e.requestId),
    jsonbText(e.data),
    e.prevHash,
  ].join('\u001f');
}

export function auditEntryHash(e: ChainedAuditEntry): string {
  return createHash('sha256').update(auditCanonical(e), 'utf8').digest('hex');
}

export type ChainBreak = { seq: string; reason: 'content-changed' | 'link-broken' };

/**
 * Checks entries one by one in chain order (all of them, or a filtered export): each hash must
 * match its content, and where two entries are neighbours in the chain the link must hold.
 */
export class ChainChecker {
  private previous: ChainedAuditEntry | null = null;
  checked = 0;

  check(e: ChainedAuditEntry): ChainBreak | null {
    this.checked++;
    if (auditEntryHash(e) !== e.hash) return { seq: String(e.seq), reason: 'content-changed' };
    const adjacent = this.previous ? BigInt(e.seq) === BigInt(this.previous.seq) + 1n : BigInt(e.seq) === 1n;
    const expected = this.previous ? this.previous.hash : GENESIS_HASH;
    if (adjacent && e.prevHash !== expected) return { seq: String(e.seq), reason: 'link-broken' };
    this.previous = e;
    return null;
  }
}

/** The first entry that fails the check, or null. */
export function firstBrokenEntry(entries: Iterable<ChainedAuditEntry>): ChainBreak | null {
  const checker = new ChainChecker();
  for (const e of entries) {
    const broken = checker.check(e);
    if (broken) return broken;
  }
  return null;
}
