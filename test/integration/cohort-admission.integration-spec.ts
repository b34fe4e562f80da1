import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { AuditEventEntity } from '@gov/persistence';
import { admitManyUpdate, admitUpdate, answerOfferUpdate, COHORT_WORKFLOW, cohortStateQuery, placeOnListUpdate, withdrawUpdate, type CohortState } from '@gov/temporal/contracts';
import { recordHistory } from '../support/histories.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/** Fast Track admission (work in progress for its issue): the cohort workflow counts the places. */
describe('cohort admission: capacity, the three lists and offers of freed places', () => {
  let system: TestSystem;
  let cohort: WorkflowHandle;
  const cohortId = randomUUID();
  const office = randomUUID();
  const p = Object.fromEntries(['a', 'b', 'c', 'd', 'w1', 'w2', 'i1', 'i2', 'x1'].map((k) => [k, randomUUID()]));

  beforeAll(async () => {
    system = await startSystem();
    cohort = await system.temporal.workflow.start(COHORT_WORKFLOW, {
      taskQueue: system.config.temporal.taskQueue,
      workflowId: `cohort-${cohortId}`,
      args: [{ cohortId, capacity: 3, listOrder: ['waiting', 'active-interest', 'passive-interest'], offerResponse: 'PT4S' }],
    });
  });
  afterAll(async () => {
    await cohort?.terminate('test over').catch(() => undefined);
    if (cohort) system.expectEnded(cohort.workflowId);
    await system?.stop();
  });

  const send = <A>(update: UpdateDefinition<CohortState, [A]>, args: A): Promise<CohortState> => cohort.executeUpdate(update, { args: [args] });
  const refusal = async (promise: Promise<unknown>) => {
    const err = await promise.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    return ((err as WorkflowUpdateFailedError).cause as Error).message;
  };
  const openOffers = (s: CohortState) => s.offers.filter((o) => o.status === 'open').map((o) => o.personId);

  it('admits up to capacity and refuses beyond it', async () => {
    for (const k of ['a', 'b', 'c']) await send(admitUpdate, { actorId: office, personId: p[k] });
    expect(await refusal(send(admitUpdate, { actorId: office, personId: p.d }))).toMatch(/full: 3 of 3/);
    expect(await refusal(send(admitUpdate, { actorId: office, personId: p.a }))).toMatch(/already admitted/);
    expect((await cohort.query(cohortStateQuery)).admitted).toHaveLength(3);
  });

  it('offers two places freed at the same moment to two people, waiting list first, never one twice', async () => {
    await send(placeOnListUpdate, { actorId: office, personId: p.x1, list: 'passive-interest' });
    await send(placeOnListUpdate, { actorId: office, personId: p.i1, list: 'active-interest' });
    await send(placeOnListUpdate, { actorId: office, personId: p.w1, list: 'waiting' });
    await send(placeOnListUpdate, { actorId: office, personId: p.w2, list: 'waiting' });
    await send(placeOnListUpdate, { actorId: office, personId: p.i2, list: 'active-interest' });
    await Promise.all([send(withdrawUpdate, { actorId: office, personId: p.a }), send(withdrawUpdate, { actorId: office, personId: p.b })]);
    const state = await cohort.query(cohortStateQuery);
    expect(state.admitted).toEqual([p.c]);
    expect(openOffers(state)).toEqual([p.w1, p.w2]);
    // The held places count: nobody can be admitted around the offers.
    expect(await refusal(send(admitUpdate, { actorId: office, personId: p.d }))).toMatch(/held by open offers/);
  });

  it('moves a declined offer on to the next person, and an expired one too; a late answer is refused', async () => {
    await send(answerOfferUpdate, { actorId: p.w1, personId: p.w1, accept: false });
    expect(openOffers(await cohort.query(cohortStateQuery))).toEqual([p.w2, p.i1]);
    await send(answerOfferUpdate, { actorId: p.w2, personId: p.w2, accept: true });
    // i1 lets the deadline pass: the place goes to i2, then (i2 silent too) to the passive list.
    const afterExpiry = await eventually(async () => {
      const s = await cohort.query(cohortStateQuery);
      return s.offers.some((o) => o.personId === p.i1 && o.status === 'expired') ? s : undefined;
    }, 15_000, "i1's offer to expire");
    expect(openOffers(afterExpiry)).toEqual([p.i2]);
    expect(await refusal(send(answerOfferUpdate, { actorId: p.i1, personId: p.i1, accept: true }))).toMatch(/expired at/);
    await send(answerOfferUpdate, { actorId: p.i2, personId: p.i2, accept: true });
    const full = await cohort.query(cohortStateQuery);
    expect(full.admitted.sort()).toEqual([p.c, p.w2, p.i2].sort());
    expect(openOffers(full)).toEqual([]);
    // Every change is in the audit trail, linked to the cohort.
    // The activity writes them just after each change: wait until the last one is in.
    const counts = async () => {
      const rows = await system.db.getRepository(AuditEventEntity).findBy({ cohortId });
      const count = (type: string) => rows.filter((e) => e.type === type).length;
      return [count('cohort.place_offered'), count('cohort.participant_admitted'), count('cohort.participant_withdrawn'), count('cohort.offer_declined'), count('cohort.offer_accepted'), count('cohort.offer_expired')];
    };
    const expected = [4, 3, 2, 1, 2, 1];
    await eventually(async () => (JSON.stringify(await counts()) === JSON.stringify(expected) ? true : undefined), 15_000, 'the cohort audit entries').catch(() => undefined);
    expect(await counts()).toEqual(expected);
    recordHistory(system.config.temporal.address, `cohort-${cohortId}`, 'cohort-admission-offers');
  }, 60_000);

  it('admits hundreds at once, starts every journey and carries its state into a fresh run when the history grows', async () => {
    const bigId = randomUUID();
    const big = await system.temporal.workflow.start(COHORT_WORKFLOW, {
      taskQueue: system.config.temporal.taskQueue,
      workflowId: `cohort-${bigId}`,
      args: [{ cohortId: bigId, capacity: 300, listOrder: ['waiting', 'active-interest', 'passive-interest'], offerResponse: 'P3D', templateKey: 'fast-track', templateVersion: 2, historyLimit: 300 }],
    });
    try {
      const people = Array.from({ length: 300 }, () => randomUUID());
      const admitMany = (personIds: string[]) => big.executeUpdate(admitManyUpdate, { args: [{ actorId: office, personIds }] });
      expect(await admitMany(people.slice(0, 150))).toEqual({ admitted: 150, capacity: 300 });
      expect(await refusal(admitMany([people[150], people[0]]))).toMatch(/already admitted/);
      expect(await refusal(admitMany([...people.slice(150), randomUUID()]))).toMatch(/150 free places of 300; 151 cannot be admitted/);
      expect(await admitMany(people.slice(150))).toEqual({ admitted: 300, capacity: 300 });
      // Every journey runs; the cohort went on in a fresh run with all 300 admitted.
      const running = await eventually(async () => {
        const n = await system.temporal.workflow.count(`WorkflowType = 'participantJourney' AND ExecutionStatus = 'Running' AND WorkflowId STARTS_WITH 'journey-${bigId}'`);
        return n.count === 300 ? n.count : undefined;
      }, 60_000, '300 journeys running');
      expect(running).toBe(300);
      const runs = await system.temporal.workflow.count(`WorkflowId = 'cohort-${bigId}'`);
      expect(runs.count).toBeGreaterThan(1);
      const state = await big.query(cohortStateQuery);
      expect(new Set(state.admitted).size).toBe(300);
      await eventually(
        async () => ((await system.db.getRepository(AuditEventEntity).countBy({ cohortId: bigId, type: 'cohort.participant_admitted' })) === 300 ? true : undefined),
        30_000,
        '300 admissions in the audit trail',
      );
    } finally {
      // The test ends these on purpose: the guard is told.
      await big.terminate('test over').catch(() => undefined);
      system.expectEnded(big.workflowId);
      const journeys = system.temporal.workflow.list({ query: `WorkflowId STARTS_WITH 'journey-${bigId}' AND ExecutionStatus = 'Running'` });
      for await (const j of journeys) {
        await system.temporal.workflow.getHandle(j.workflowId).terminate('test over').catch(() => undefined);
        system.expectEnded(j.workflowId);
      }
    }
  }, 120_000);
});
