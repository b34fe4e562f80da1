import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ok } from '@gov/api-client';
import { mutatedBundle, replayOn } from '../../chaos/determinism-mutation.js';
import { createPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * Determinism over time (the fault-tolerance issue, scenario 7): reordering two activity calls in
 * a workflow without `patched()` breaks the replay of recorded histories; with `patched()` both the
 * old histories and new ones made by the changed code replay.
 */
describe('determinism over time: a reordered workflow', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'governance-mutation-'));
  let system: TestSystem | undefined;
  afterAll(async () => {
    await system?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('fails the recorded cohort histories when two activity calls swap places without patched()', async () => {
    const results = await replayOn(await mutatedBundle('reordered'));
    const broken = results.filter((r) => !r.ok);
    expect(broken.map((r) => r.workflowId)).toContain('cohort-fast-track-e2e');
    expect(broken.every((r) => r.workflowId.startsWith('cohort-'))).toBe(true);
    expect(broken[0].error).toMatch(/[Nn]ondetermin/);
  }, 180_000);

  it('replays the old histories and a new one made by the changed code when the change is behind patched()', async () => {
    const code = await mutatedBundle('reordered-with-patch');
    expect((await replayOn(code)).filter((r) => !r.ok)).toEqual([]);

    // The changed code runs a cohort that offers a place; its history replays on it too.
    const bundle = path.join(scratch, 'patched-bundle.js');
    writeFileSync(bundle, code);
    system = await startSystem({ WORKFLOW_BUNDLE_PATH: bundle, RATE_LIMIT_PER_MINUTE: '1000000' });
    const { token } = await createPerson(system, 'project_office');
    const client = () => system!.client(token);
    const programId = (await ok(client().POST('/programs', { body: { templateKey: 'fast-track', name: 'Ändrad kod' } }))).id;
    const cohortId = (await ok(client().POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Kohort', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 } }))).id;
    const [a, b] = [(await createPerson(system, 'participant')).person.id, (await createPerson(system, 'participant')).person.id];
    for (const id of [a, b]) await ok(client().POST('/cohorts/{id}/registrations', { params: { path: { id: cohortId } }, body: { personId: id } }));
    await ok(client().POST('/cohorts/{id}/admissions', { params: { path: { id: cohortId } }, body: { personId: a } }));
    await ok(client().POST('/cohorts/{id}/lists', { params: { path: { id: cohortId } }, body: { personId: b, list: 'waiting' } }));
    await ok(client().POST('/cohorts/{id}/withdrawals', { params: { path: { id: cohortId } }, body: { personId: a } }));
    const handle = system.temporal.workflow.getHandle(`cohort-${cohortId}`);
    const history = await eventually(async () => {
      const h = await handle.fetchHistory();
      return h.events?.some((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'openOfferTask') ? h : undefined;
    }, 30_000, 'the offer task in the new history');
    const [replayed] = await replayOn(code, [{ workflowId: `cohort-${cohortId}`, history }]);
    expect(replayed).toEqual({ workflowId: `cohort-${cohortId}`, ok: true, error: undefined });
  }, 240_000);
});
