import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * How an entry's hash is computed, for anyone who checks an export without this code (README,
 * "Audit trail"): the same text as the database's audit_canonical() and @gov/domain's auditCanonical().
 */
export const AUDIT_HASH_DESCRIPTION = [
  'Each entry is hash-chained. `hash` = lowercase hex SHA-256 of the UTF-8 bytes of the canonical text, which joins these 17 fields in this order with the ASCII unit separator U+001F (no separator before the first or after the last):',
  '1 `seq` (decimal), 2 `occurredAt` (UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`, always three millisecond digits), 3 `type`, 4 `actorKind`, 5 `actorId`, 6 `actorRole`, 7 `programId`, 8 `phaseKey`, 9 `activityId`, 10 `cohortId`, 11 `subjectPersonId`, 12 `organizationId`, 13 `workflowId`, 14 `runId`, 15 `requestId`, 16 `data`, 17 `prevHash`.',
  'A null field is written as the empty string (so null and empty are the same). UUIDs are lowercase with dashes. `data` is written as PostgreSQL prints jsonb: object keys ordered by their length in UTF-8 bytes and then bytewise, `": "` after each key and `", "` between members and between array items, no other white space; strings as JSON strings (`\\"` and `\\\\`, `\\b` `\\f` `\\n` `\\r` `\\t`, other control characters as `\\u00xx` in lowercase hex, every other character as it is); numbers in plain decimal notation; `true`, `false`, `null`.',
  '`prevHash` is the `hash` of the entry with `seq` − 1; the first entry (`seq` 1) has 64 zeros. `seq` has no gaps: a filtered export checks each hash and the links between neighbouring entries.',
].join('\n\n');

export class AuditEntryView {
  @ApiProperty({ example: '1042', pattern: '^[1-9][0-9]*$', description: 'Position in the chain: 1, 2, 3 … without gaps (a decimal string: it may exceed 2^53)' }) seq: string;
  @ApiProperty({ example: '1042', pattern: '^[1-9][0-9]*$', description: 'The row id (a decimal string)' }) id: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2019-05-20T07:00:00.000Z', description: 'UTC with milliseconds, as hashed' }) occurredAt: string;
  @ApiProperty({ example: 'task.completed' }) type: string;
  @ApiProperty({ enum: ['person', 'system'] }) actorKind: string;
  @ApiProperty({ type: String, nullable: true, description: 'A person id, or a system component' }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programId: string | null;
  @ApiProperty({ type: String, nullable: true }) phaseKey: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) activityId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cohortId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectPersonId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) workflowId: string | null;
  @ApiProperty({ type: String, nullable: true }) runId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The request that carried the command (X-Request-Id)' }) requestId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s facts: identifiers, keys, decisions and counts, never personal data' }) data: Record<string, unknown>;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The previous entry’s hash (64 zeros before the first)' }) prevHash: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: AUDIT_HASH_DESCRIPTION }) hash: string;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView], description: 'Newest first' }) items: AuditEntryView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` for the next (older) page; null at the end' }) nextCursor: string | null;
}

export class ChainHeadView {
  @ApiProperty({ example: '1042' }) seq: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$' }) hash: string;
}

export class ChainBreakView {
  @ApiProperty() seq: string;
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['content-changed', 'link-broken', 'gap'] }) reason: string;
}

export class ChainVerificationView {
  @ApiProperty() valid: boolean;
  @ApiProperty({ type: 'integer' }) entries: number;
  @ApiProperty({ type: ChainHeadView, nullable: true, description: 'The last entry; null while the trail is empty' }) head: ChainHeadView | null;
  @ApiProperty({ type: ChainBreakView, nullable: true }) firstBroken: ChainBreakView | null;
}

export class TimelineItemView {
  @ApiProperty({ type: String, format: 'date-time' }) at: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ enum: ['workflow', 'update', 'signal', 'timer', 'activity', 'child'] }) kind: string;
  @ApiProperty({ example: 'completeTask' }) what: string;
  @ApiPropertyOptional({ description: 'Who sent the update or signal (a pseudonymous person id)' }) actorId?: string;
  @ApiPropertyOptional() outcome?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The command's identifiers and keys" }) detail?: Record<string, unknown>;
}

export class TimelineView {
  @ApiProperty() workflowId: string;
  @ApiProperty({ type: [TimelineItemView], description: 'Oldest first, the children’s lines among the parent’s' }) items: TimelineItemView[];
  @ApiProperty({ type: 'integer', description: 'Workflows read (the workflow and its children, at most 200)' }) workflows: number;
}
