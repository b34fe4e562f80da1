import { condition, continueAsNew, getExternalWorkflowHandle, ParentClosePolicy, patched, setHandler, startChild } from '@temporalio/workflow';
import { admissionRefusal, DEFAULT_CALENDAR_RULE, durationToMs, LIST_KINDS, offersToMake, shiftWorkingDays, workingDaysOf } from '@gov/domain/workflow';
import {
  admitManyUpdate,
  admitUpdate,
  answerOfferUpdate,
  closeTaskSignal,
  taskWorkflowId,
  cohortStateQuery,
  journeyWorkflowId,
  participantLeftSignal,
  placeOnListUpdate,
  withdrawUpdate,
  withdrawnFromCohortSignal,
  type AuditEventInput,
  type AdmitManyCommand,
  type CohortCommand,
  type CohortInput,
  type CohortState,
  type OfferAnswer,
  type PlaceOnListCommand,
} from '@gov/temporal/contracts';
import { audit, cohorts } from './configured-activities.js';
import { startDetachedTasks } from './program-tasks.js';
import { shouldContinueAsNew } from './continue-as-new.js';
import { participantJourney } from './participant-journey.workflow.js';

/**
 * A cohort's admission as one workflow: the single place where places are counted, so concurrent
 * commands (two withdrawals at the same moment) are applied one after the other. After every change
 * the free places not covered by an open offer are offered — from the template's lists in its order
 * (Fast Track: waiting list first, then active, then passive interest) — each with a deadline; a
 * declined or expired offer moves on.
 */
export async function cohortLifecycle(input: CohortInput): Promise<CohortState> {
  const carried = input.carried;
  // The template's lists in offer order; inputs from before templates declared lists always named Fast Track's.
  const listOrder = input.listOrder?.length ? input.listOrder : LIST_KINDS;
  const state: CohortState = carried?.state ?? { cohortId: input.cohortId, capacity: input.capacity, admitted: [], lists: [], offers: [], withdrawn: [] };
  // An offer window in working days (3WD) ends that many working days later at the same local time.
  const responseDays = workingDaysOf(input.offerResponse);
  const responseMs = responseDays === null ? durationToMs(input.offerResponse) : 0;
  const offerDeadline = (from: number) => (responseDays === null ? from + responseMs : shiftWorkingDays(from, responseDays, input.calendar ?? DEFAULT_CALENDAR_RULE));
  let nextPosition = carried?.nextPosition ?? 1;
  const pending: AuditEventInput[] = [];
  const changed = (type: string, actorId: string | null, data: Record<string, string | number | boolean | null>) =>
    pending.push({ type, actor: actorId ? { kind: 'person', id: actorId } : { kind: 'system' }, programId: input.programId, data: { cohortId: input.cohortId, ...data } });
  const openOffer = (personId: string) => state.offers.find((o) => o.personId === personId && o.status === 'open');
  const onList = (personId: string) => state.lists.find((e) => e.personId === personId);
  // Each offer also goes to the person as a task (announced by mail, closing at the deadline) when
  // the cohort belongs to a program. Cohorts started before offer tasks existed offer without them.
  const offerTasks = patched('offer-tasks');
  const offerTaskQueue: { personId: string; deadline: string; number: number }[] = [];
  /** The open offer task of each person; closed when the offer is answered here. */
  const offerTaskIds = new Map<string, string>(carried?.offerTaskIds ?? []);
  const closeQueue: string[] = [];
  // A participant withdrawn here has their journey ended too (cohorts started before: not).
  const endJourneys = patched('withdrawal-ends-journey');
  const withdrawnQueue: { personId: string; actorId: string }[] = [];

  /** Offers free places; called after every change, so no place is offered twice or left unoffered. */
  const offerFreePlaces = () => {
    const free = state.capacity - state.admitted.length;
    for (const personId of offersToMake(free, state.lists, state.offers, listOrder)) {
      const deadline = new Date(offerDeadline(Date.now())).toISOString();
      state.offers.push({ personId, status: 'open', deadline });
      if (offerTasks && input.programId) offerTaskQueue.push({ personId, deadline, number: state.offers.filter((o) => o.personId === personId).length });
      changed('cohort.place_offered', null, { personId, list: onList(personId)!.list, deadline });
    }
  };

  setHandler(cohortStateQuery, () => state);
  // Each admitted participant gets a journey (cohorts started before journeys existed keep without).
  const journeys = Boolean(input.templateKey && input.templateVersion);
  const journeyQueue: string[] = [...(carried?.journeyQueue ?? [])];
  // Large cohorts: audit entries written in batches, journeys started many per workflow task.
  const batched = patched('batched-admission');
  const admitted = (personId: string) => {
    state.admitted.push(personId);
    if (journeys) journeyQueue.push(personId);
  };
  setHandler(participantLeftSignal, ({ personId }) => {
    if (!state.admitted.includes(personId)) return;
    state.admitted = state.admitted.filter((p) => p !== personId);
    state.withdrawn.push(personId);
    changed('cohort.participant_dropped_out', null, { personId });
    offerFreePlaces();
  });
  setHandler(
    admitUpdate,
    ({ actorId, personId }) => {
      state.lists = state.lists.filter((e) => e.personId !== personId);
      admitted(personId);
      changed('cohort.participant_admitted', actorId, { personId });
      return state;
    },
    {
      validator: ({ personId }: CohortCommand) => {
        const held = state.offers.filter((o) => o.status === 'open').length;
        const refusal = admissionRefusal(state.admitted.length + held, state.capacity, state.admitted.includes(personId));
        if (refusal) throw new Error(held ? `${refusal} (${held} of them held by open offers.)` : refusal);
      },
    },
  );
  setHandler(
    admitManyUpdate,
    ({ actorId, personIds }) => {
      const admitting = new Set(personIds);
      state.lists = state.lists.filter((e) => !admitting.has(e.personId));
      for (const personId of personIds) {
        admitted(personId);
        changed('cohort.participant_admitted', actorId, { personId });
      }
      // A summary, not the whole state: a large cohort's state is large.
      return { admitted: state.admitted.length, capacity: state.capacity };
    },
    {
      validator: ({ personIds }: AdmitManyCommand) => {
        if (!Array.isArray(personIds) || personIds.length < 1 || personIds.length > 1000) throw new Error('Admit 1 to 1,000 people at a time.');
        if (new Set(personIds).size !== personIds.length) throw new Error('A person appears twice in the admission.');
        const already = new Set(state.admitted);
        const again = personIds.find((p) => already.has(p));
        if (again) throw new Error(`${again} is already admitted.`);
        const held = state.offers.filter((o) => o.status === 'open').length;
        const free = state.capacity - state.admitted.length - held;
        if (personIds.length > free) throw new Error(`The cohort has ${free} free places of ${state.capacity}; ${personIds.length} cannot be admitted.`);
      },
    },
  );
  setHandler(
    placeOnListUpdate,
    ({ actorId, personId, list }) => {
      state.lists = state.lists.filter((e) => e.personId !== personId);
      state.lists.push({ personId, list, position: nextPosition++ });
      changed('cohort.listed', actorId, { personId, list });
      offerFreePlaces();
      return state;
    },
    {
      validator: ({ personId, list }: PlaceOnListCommand) => {
        if (state.admitted.includes(personId)) throw new Error('This person is admitted; withdraw them first.');
        if (!listOrder.includes(list)) throw new Error(`list must be one of: ${listOrder.join(', ')}`);
      },
    },
  );
  setHandler(
    withdrawUpdate,
    ({ actorId, personId }) => {
      state.admitted = state.admitted.filter((p) => p !== personId);
      state.withdrawn.push(personId);
      changed('cohort.participant_withdrawn', actorId, { personId });
      if (journeys && endJourneys) withdrawnQueue.push({ personId, actorId });
      offerFreePlaces();
      return state;
    },
    {
      validator: ({ personId }: CohortCommand) => {
        if (!state.admitted.includes(personId)) throw new Error('Only an admitted participant can withdraw.');
      },
    },
  );
  setHandler(
    answerOfferUpdate,
    ({ actorId, personId, accept }) => {
      const offer = openOffer(personId)!;
      offer.status = accept ? 'accepted' : 'declined';
      if (accept) {
        state.lists = state.lists.filter((e) => e.personId !== personId);
        admitted(personId);
      }
      changed(accept ? 'cohort.offer_accepted' : 'cohort.offer_declined', actorId, { personId });
      const taskId = offerTaskIds.get(personId);
      if (taskId) closeQueue.push(taskId);
      offerTaskIds.delete(personId);
      offerFreePlaces();
      return state;
    },
    {
      validator: ({ personId }: OfferAnswer) => {
        const offer = state.offers.filter((o) => o.personId === personId).at(-1);
        if (!offer) throw new Error('This person has no offered place.');
        if (offer.status === 'expired' || (offer.status === 'open' && Date.parse(offer.deadline) <= Date.now())) {
          throw new Error(`The offer expired at ${offer.deadline}; the place has moved on.`);
        }
        if (offer.status !== 'open') throw new Error(`The offer is already ${offer.status}.`);
      },
    },
  );

  for (;;) {
    const open = state.offers.filter((o) => o.status === 'open');
    const nextDeadline = open.length ? Math.min(...open.map((o) => Date.parse(o.deadline))) : undefined;
    // Anything queued wakes the loop — entries, offer tasks, journeys, tasks to close, journeys to end —
    // so work queued while an activity ran is never left waiting for the next command.
    const queued = () => pending.length > 0 || journeyQueue.length > 0 || offerTaskQueue.length > 0 || closeQueue.length > 0 || withdrawnQueue.length > 0;
    const woke = await condition(queued, nextDeadline === undefined ? undefined : Math.max(nextDeadline - Date.now(), 1));
    if (!woke) {
      for (const offer of state.offers.filter((o) => o.status === 'open' && Date.parse(o.deadline) <= Date.now())) {
        offer.status = 'expired';
        offerTaskIds.delete(offer.personId); // its task closes itself at the same deadline
        changed('cohort.offer_expired', null, { personId: offer.personId });
      }
      offerFreePlaces();
    }
    // One activity per batch of changes: the audit trail (and, next, the read model).
    if (batched) {
      while (pending.length) await audit.recordAuditEvents(pending.splice(0, 200));
    } else {
      for (const event of pending.splice(0)) await audit.recordAuditEvent(event);
    }
    for (const offer of offerTaskQueue.splice(0)) {
      // An offer answered before its task opened needs no task.
      if (openOffer(offer.personId)?.deadline !== offer.deadline) continue;
      const task = await cohorts.openOfferTask({ cohortId: input.cohortId, ...offer });
      await startDetachedTasks([task]);
      offerTaskIds.set(offer.personId, task.taskId);
    }
    for (const taskId of closeQueue.splice(0)) {
      await getExternalWorkflowHandle(taskWorkflowId(taskId)).signal(closeTaskSignal, { reason: 'offer answered' }).catch(() => undefined);
    }
    const startJourney = (personId: string) =>
      startChild(participantJourney, {
        workflowId: journeyWorkflowId(input.cohortId, personId),
        // Cohorts started with a journey plan hand it down; older ones keep the input they had.
        args: [{ cohortId: input.cohortId, personId, programId: input.programId, templateKey: input.templateKey!, templateVersion: input.templateVersion!, ...(input.journey ? { plan: input.journey } : {}) }],
        parentClosePolicy: ParentClosePolicy.ABANDON,
      });
    while (journeyQueue.length && patched('participant-journeys')) {
      if (!batched) {
        await startJourney(journeyQueue.shift()!);
        continue;
      }
      await Promise.all(journeyQueue.splice(0, 100).map(startJourney));
      // A large admission: the rest of the queue goes on in a fresh run.
      if (shouldContinueAsNew(input.historyLimit)) break;
    }
    // After the journeys above have started, so a journey admitted and withdrawn in one batch ends too.
    for (const { personId, actorId } of withdrawnQueue.splice(0)) {
      await getExternalWorkflowHandle(journeyWorkflowId(input.cohortId, personId)).signal(withdrawnFromCohortSignal, { actorId }).catch(() => undefined);
    }
    if (batched && pending.length === 0 && shouldContinueAsNew(input.historyLimit)) {
      // The cohort runs for months and a large one admits thousands: a fresh run carries what it holds.
      await continueAsNew<typeof cohortLifecycle>({
        ...input,
        carried: { state, nextPosition, offerTaskIds: [...offerTaskIds], journeyQueue },
      });
    }
  }
}
