import { durationToMs } from '../tasks/iso-duration.js';

/** The contact-person network's rhythm: a kickoff, denser meetings at first, then a steady cadence. */
export interface NetworkCadence {
  initialEvery: string;
  initialMeetings: number;
  thenEvery: string;
  statusReportBefore: string;
}

/** When meeting `n` starts (0 is the kickoff), in epoch milliseconds. */
export function networkMeetingAt(kickoffAt: number, cadence: NetworkCadence, n: number): number {
  const dense = Math.min(n, cadence.initialMeetings);
  const steady = Math.max(0, n - cadence.initialMeetings);
  return kickoffAt + dense * durationToMs(cadence.initialEvery) + steady * durationToMs(cadence.thenEvery);
}

/** When the contact persons' status-report tasks for meeting `n` open (never before `now`). */
export function statusTasksAt(kickoffAt: number, cadence: NetworkCadence, n: number): number {
  return networkMeetingAt(kickoffAt, cadence, n) - durationToMs(cadence.statusReportBefore);
}
