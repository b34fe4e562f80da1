import { describe, expect, it } from '@jest/globals';
import { auditEntryHash, firstBrokenEntry, GENESIS_HASH, jsonbText, type ChainedAuditEntry } from './audit-hash.js';

const entry = (seq: number, prevHash: string, data: unknown = { taskId: 't', number: 2 }): ChainedAuditEntry => {
  const e: ChainedAuditEntry = {
    seq,
    occurredAt: '2026-11-23T17:28:32.345Z',
    type: 'task.created',
    actorKind: 'person',
    actorId: 'p1',
    actorRole: null,
    programId: null,
    phaseKey: null,
    activityId: null,
    cohortId: null,
    subjectPersonId: null,
    organizationId: null,
    workflowId: 'task-t',
    runId: null,
    requestId: null,
    data,
    prevHash,
    hash: '',
  };
  e.hash = auditEntryHash(e);
  return e;
};

describe('audit hash chain', () => {
  it('prints JSON the way PostgreSQL prints jsonb', () => {
    expect(jsonbText({ taskId: 'x', a: 1, bb: [true, null, 'å"\n'], n: { z: 1, y: 2 } })).toBe('{"a": 1, "n": {"y": 2, "z": 1}, "bb": [true, null, "å\\"\\n"], "taskId": "x"}');
  });

  it('finds the first entry whose content or link was changed', () => {
    const a = entry(1, GENESIS_HASH);
    const b = entry(2, a.hash);
    const c = entry(3, b.hash);
    expect(firstBrokenEntry([a, b, c])).toBeNull();
    expect(firstBrokenEntry([a, { ...b, type: 'task.cancelled' }, c])).toEqual({ seq: '2', reason: 'content-changed' });
    const forged = entry(3, 'f'.repeat(64));
    expect(firstBrokenEntry([a, b, forged])).toEqual({ seq: '3', reason: 'link-broken' });
    // A filtered export skips entries: links are checked only between neighbours.
    expect(firstBrokenEntry([a, c])).toBeNull();
  });
});
