import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { msToTs, tsToMs } from '@temporalio/common/lib/time.js';
import { temporal as proto } from '@temporalio/proto';
import { localDateOf } from '@gov/domain';
import { GovernanceApi, personBody, projectRoot, resolveTemporalServer, startTemporalServer, type TemporalServer } from '@gov/devstack';
import { cohortWorkflowId } from '@gov/temporal/contracts';
import { createPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * An offer window of three working days made just before Christmas, on the real Temporal server
 * (go.temporal.io/server, built into the tools folder) rather than the CLI's dev server: the server's
 * own workflow time skipping moves the cohort's clock to the days before Christmas, so the workflow
 * makes the offer then and its timer closes the window when the calendar says, without waiting and
 * without a fake server. The expected days are the almanac's, written out, not computed by the
 * engine's calendar.
 */
const CHRISTMAS_OFFERS: { offeredAt: string; closesOn: string; why: string }[] = [
  // Mon 21 Dec 2026: Tue 22, Wed 23; Christmas Eve to Sunday 27 off; Monday 28 is the third.
  { offeredAt: '2026-12-21T14:00:00+01:00', closesOn: '2026-12-28', why: 'julafton, juldagen, annandag jul and the weekend' },
  // Wed 22 Dec 2027: Thu 23; Christmas Eve (Friday) and the weekend off; Mon 27, Tue 28.
  { offeredAt: '2027-12-22T14:00:00+01:00', closesOn: '2027-12-28', why: 'julafton and the weekend (juldagen and annandag on it)' },
  // Fri 22 Dec 2028: the weekend, Christmas Day and Boxing Day off; Wed 27, Thu 28, Fri 29.
  { offeredAt: '2028-12-22T14:00:00+01:00', closesOn: '2028-12-29', why: 'the weekend, juldagen and annandag jul' },
  // Fri 21 Dec 2029: Christmas Eve to Boxing Day off; Thu 27, Fri 28; New Year's Eve and Day off; Wed 2 Jan.
  { offeredAt: '2029-12-21T14:00:00+01:00', closesOn: '2030-01-02', why: 'julafton to annandag jul, nyårsafton and nyårsdagen' },
  // Mon 23 Dec 2030: Christmas Eve to Boxing Day off; Fri 27, Mon 30; New Year's Eve and Day off; Thu 2 Jan.
  { offeredAt: '2030-12-23T14:00:00+01:00', closesOn: '2031-01-02', why: 'julafton to annandag jul, nyårsafton and nyårsdagen' },
];

describe('an offer window of three working days over Christmas, on the Temporal server with time skipping', () => {
  let server: TemporalServer;
  let system: TestSystem;
  let api: GovernanceApi;

  beforeAll(async () => {
    // The first run on a machine builds the server from source (several minutes).
    const serverPath = await resolveTemporalServer({ toolsDir: path.join(projectRoot(), '.tools'), log: (m) => console.log(m) });
    server = await startTemporalServer({
      serverPath,
      workDir: path.join(process.env.TEST_WORK_DIR!, `temporal-server-${process.pid}`),
      numHistoryShards: 4,
      dynamicConfig: { 'frontend.WorkflowTimeSkippingEnabled': true },
    });
    system = await startSystem({ TEMPORAL_ADDRESS: server.address, RATE_LIMIT_PER_MINUTE: '1000000' });
    api = new GovernanceApi(system.baseUrl, (await createPerson(system, 'project_office')).token);
  }, 40 * 60_000);
  afterAll(async () => {
    await system?.stop();
    await server?.stop();
  });

  const service = () => system.temporal.connection.workflowService;
  /** Skips the workflow's clock forward by `ms` (the server's fast-forward), and waits until it is there. */
  const skip = (workflowId: string, ms: number, id: string) =>
    service().updateWorkflowExecutionOptions({
      namespace: server.namespace,
      workflowExecution: { workflowId },
      workflowExecutionOptions: { timeSkippingConfig: { enabled: true, fastForwardConfig: { id, duration: msToTs(ms) } } },
      updateMask: { paths: ['time_skipping_config'] },
    });
  const fastForward = async (workflowId: string, ms: number, id: string) => {
    await skip(workflowId, ms, id);
    return eventually(
      async () => {
        const info = (await service().describeWorkflowExecution({ namespace: server.namespace, execution: { workflowId } })).workflowExtendedInfo?.timeSkippingInfo;
        // Reaching the fast-forward's target ends the skipping (the config is disabled again).
        return info?.effectiveConfig?.fastForwardConfig?.id === id && !info.effectiveConfig.enabled && info.currentTime ? tsToMs(info.currentTime) : undefined;
      },
      60_000,
      `the fast-forward ${id}`,
    );
  };

  it('makes the offer on the days before Christmas and closes it on the working day the almanac gives', async () => {
    const next = CHRISTMAS_OFFERS.find((c) => Date.parse(c.offeredAt) > Date.now() + 3_600_000);
    if (!next) throw new Error('The table of Christmas offers ends in 2030: add the coming years (from the almanac).');

    const programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: 'Fast Track, jul' } }))).id;
    const personId = (await api.ok(api.POST('/persons', { body: personBody({ displayName: 'Deltagare jul', email: `jul.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id;
    const cohort = await api.ok(
      api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: 'Julkullen', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1, offerResponse: '3WD', calendar: { key: 'stockholm' } } }),
    );
    await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path: { id: cohort.id } }, body: { personIds: [personId] } }));
    await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId } }));

    // The cohort's clock to the afternoon before Christmas (the server skips time only while the
    // workflow waits for nothing: no participant's journey runs as its child yet).
    const workflowId = cohortWorkflowId(cohort.id);
    const there = await fastForward(workflowId, Date.parse(next.offeredAt) - Date.now(), 'to-christmas');
    expect(there).toBeGreaterThanOrEqual(Date.parse(next.offeredAt) - 60_000);
    expect(localDateOf(there)).toBe(next.offeredAt.slice(0, 10));
    // Put on the waiting list with the place free, she is offered it at once.
    await api.ok(api.POST('/cohorts/{id}/lists', { params: { path: { id: cohort.id } }, body: { personId, list: 'waiting' } }));
    const offer = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohort.id } } }))).offers.find((o) => o.personId === personId && o.status === 'open');
    expect(offer).toBeDefined();
    const deadline = Date.parse(offer!.deadline);
    // Three working days on, past the days off (`next.why`), at the same local time (Stockholm, 14:00 and a little).
    expect(localDateOf(deadline)).toBe(next.closesOn);
    expect(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(deadline)).toMatch(/^14:0\d$/);

    // Then over Christmas: the window's own timer closes it, and the place's offer has expired.
    // The offer's task (her inbox item, a child that closes itself at the deadline) skips along:
    // a workflow skips time only while no child of it runs.
    const over = deadline - there + 3_600_000;
    const offerTask = await eventually(async () => {
      const { pendingChildren } = await service().describeWorkflowExecution({ namespace: server.namespace, execution: { workflowId } });
      return pendingChildren?.[0]?.workflowId ?? undefined;
    }, 30_000, 'the offer task to start');
    await skip(offerTask, over, 'over-christmas');
    await fastForward(workflowId, over, 'over-christmas');
    const closed = await eventually(async () => {
      const o = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: cohort.id } } }))).offers.find((x) => x.personId === personId);
      return o?.status === 'expired' ? o : undefined;
    }, 30_000, 'the offer to expire');
    expect(closed.deadline).toBe(offer!.deadline);
    const history = await system.temporal.workflow.getHandle(workflowId).fetchHistory();
    const fired = history.events!.filter((e) => e.eventType === proto.api.enums.v1.EventType.EVENT_TYPE_TIMER_FIRED).map((e) => tsToMs(e.eventTime!));
    const closing = fired.find((t) => t >= deadline);
    expect(closing).toBeDefined();
    expect(localDateOf(closing!)).toBe(next.closesOn);
    const trail = await system.db.query(`SELECT type FROM audit_events WHERE data->>'cohortId' = $1 AND type = 'cohort.offer_expired'`, [cohort.id]);
    expect(trail).toHaveLength(1);
  });
});
