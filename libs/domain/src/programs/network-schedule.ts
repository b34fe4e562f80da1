import type { CalendarBasis, CalendarRule, DayOff } from '../calendar/work-calendar.js';
import { meetingOnWorkingDay } from '../calendar/work-calendar.js';
import { durationToMs } from '../tasks/iso-duration.js';

/** The contact-person network's rhythm: a kickoff, denser meetings at first, then a steady cadence. */
export interface NetworkCadence {
  initialEvery: string;
  initialMeetings: number;
  thenEvery: string;
  statusReportBefore: string;
  /**
   * Keep meetings off the days off of this calendar (school breaks too with `school-year`): a
   * meeting that falls on one moves to the next working day at the same local time.
   */
  calendar?: { key: string; basis: CalendarBasis };
}

/** When meeting `n` falls by the cadence alone (0 is the kickoff), in epoch milliseconds. */
function cadenceAt(kickoffAt: number, cadence: NetworkCadence, n: number): number {
  const dense = Math.min(n, cadence.initialMeetings);
  const steady = Math.max(0, n - cadence.initialMeetings);
  return kickoffAt + dense * durationToMs(cadence.initialEvery) + steady * durationToMs(cadence.thenEvery);
}

/**
 * Meeting `n` as planned: by the cadence, moved off the days off of `rule` when one is given (the
 * kickoff, meeting 0, stays where the project office put it), with the days it moved over.
 */
export function plannedNetworkMeeting(kickoffAt: number, cadence: NetworkCadence, n: number, rule?: CalendarRule): { at: number; byCadence: number; movedOver: DayOff[] } {
  const byCadence = cadenceAt(kickoffAt, cadence, n);
  if (!rule || n === 0) return { at: byCadence, byCadence, movedOver: [] };
  const { at, movedOver } = meetingOnWorkingDay(byCadence, rule);
  return { at, byCadence, movedOver };
}

/** When meeting `n` starts (0 is the kickoff), in epoch milliseconds. */
export function networkMeetingAt(kickoffAt: number, cadence: NetworkCadence, n: number, rule?: CalendarRule): number {
  return plannedNetworkMeeting(kickoffAt, cadence, n, rule).at;
}

/** When the contact persons' status-report tasks for meeting `n` open (never before `now`). */
export function statusTasksAt(kickoffAt: number, cadence: NetworkCadence, n: number, rule?: CalendarRule): number {
  return networkMeetingAt(kickoffAt, cadence, n, rule) - durationToMs(cadence.statusReportBefore);
}
