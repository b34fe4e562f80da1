import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import { networkMeetingAt, statusTasksAt } from '@gov/domain/workflow';
import { networkStateQuery, stopNetworkSignal, type ContactNetworkInput, type NetworkState } from '@gov/temporal/contracts';
import { programs } from './configured-activities.js';
import { shouldContinueAsNew } from './continue-as-new.js';
import { startDetachedTasks } from './program-tasks.js';

/**
 * The contact-person network: a kickoff, then meetings at the template's cadence (denser first,
 * then about four a year) for as long as the program runs. Before each meeting every member gets a
 * status-report task carrying the meeting's calendar invitation. Members are read when each
 * meeting is prepared, so people join and leave without the workflow being told.
 */
export async function contactNetwork(input: ContactNetworkInput): Promise<NetworkState> {
  const kickoffAt = Date.parse(input.kickoffAt);
  const state: NetworkState = {
    programId: input.programId,
    nextNumber: input.nextNumber ?? 0,
    nextMeetingAt: null,
    meetingsScheduled: input.nextNumber ?? 0,
    stopped: false,
  };
  setHandler(networkStateQuery, () => state);
  setHandler(stopNetworkSignal, () => void (state.stopped = true));

  while (!state.stopped) {
    const n = state.nextNumber;
    state.nextMeetingAt = new Date(networkMeetingAt(kickoffAt, input.cadence, n, input.calendar)).toISOString();
    const opensIn = statusTasksAt(kickoffAt, input.cadence, n, input.calendar) - Date.now();
    if (opensIn > 0 && (await condition(() => state.stopped, opensIn))) break;
    await startDetachedTasks(await programs.prepareNetworkMeeting({ programId: input.programId, number: n, startsAt: state.nextMeetingAt }));
    state.nextNumber = n + 1;
    state.meetingsScheduled++;
    // A stop that arrived meanwhile ends the network here; it must not be carried into a new run.
    if (!state.stopped && shouldContinueAsNew(input.historyLimit)) {
      await continueAsNew<typeof contactNetwork>({ ...input, nextNumber: state.nextNumber });
    }
  }
  return state;
}
