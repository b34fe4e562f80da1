import { DEFAULT_CALENDAR_RULE } from '../calendar/calendars.js';
import { shiftWorkingDays, type CalendarRule } from '../calendar/work-calendar.js';
import { workingDaysOf } from '../calendar/working-day-duration.js';
import { addLocalDuration } from './local-time.js';
import { durationToMs } from './iso-duration.js';

/**
 * When a task's assignee is reminded, as ISO 8601 durations or working days (`3WD`, see
 * working-day-duration.ts), from the program template: e.g. 3 days before the due moment and on it,
 * every 2 days after it, escalation after 5 days overdue.
 */
export interface ReminderPolicy {
  /** Reminders this long before the due moment; PT0S is the due moment itself. */
  before: string[];
  /** Overdue reminders this often after the due moment. */
  overdueEvery?: string;
  /** At most this many overdue reminders (default 10). */
  maxOverdue?: number;
  /** Escalate once, to the escalation target, when overdue by this long. */
  escalateAfter?: string;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = { before: ['P3D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 5, escalateAfter: 'P5D' };

/** Reminders and the escalation follow the policy; an invitation goes out once, when a meeting task is made. */
export type NoticeKind = 'reminder' | 'escalation' | 'invitation';

export interface Notice {
  kind: NoticeKind;
  /** 1, 2, 3 … per kind, in time order: with the due-date version it keys the idempotent delivery. */
  number: number;
  /** Epoch milliseconds. */
  at: number;
}

const REMINDER_POLICY_FIELDS: readonly string[] = ['before', 'overdueEvery', 'maxOverdue', 'escalateAfter'] satisfies (keyof ReminderPolicy)[];

/** Problems with a policy, each naming its field (unknown ones included); empty when valid. */
export function reminderPolicyErrors(policy: ReminderPolicy): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const check = (field: string, iso: unknown) => {
    if (workingDaysOf(iso) !== null) return;
    try {
      durationToMs(iso as string);
    } catch (err) {
      errors.push({ field, message: `${(err as Error).message}, or working days such as 3WD` });
    }
  };
  if (!Array.isArray(policy.before) || policy.before.length > 10) errors.push({ field: 'before', message: 'a list of at most 10 durations' });
  else policy.before.forEach((d, i) => check(`before.${i}`, d));
  if (policy.overdueEvery !== undefined) {
    const before = errors.length;
    check('overdueEvery', policy.overdueEvery);
    const wd = workingDaysOf(policy.overdueEvery);
    if (errors.length === before && (wd === null ? durationToMs(policy.overdueEvery) < 1_000 : wd < 1)) errors.push({ field: 'overdueEvery', message: 'at least one second (or one working day)' });
  }
  if (policy.escalateAfter !== undefined) check('escalateAfter', policy.escalateAfter);
  if (policy.maxOverdue !== undefined && !(Number.isInteger(policy.maxOverdue) && policy.maxOverdue >= 0 && policy.maxOverdue <= 50)) {
    errors.push({ field: 'maxOverdue', message: 'a whole number from 0 to 50' });
  }
  for (const key of Object.keys(policy)) {
    if (!REMINDER_POLICY_FIELDS.includes(key)) errors.push({ field: key, message: 'is not a reminder policy property (before, overdueEvery, maxOverdue, escalateAfter)' });
  }
  return errors;
}

/**
 * Every notice of a task due at dueAt, in time order (reminders before escalation at the same
 * moment). With `calendarDays`, days and weeks in the policy are calendar days in Swedish time, so a
 * reminder "one day before" a 09:00 deadline comes at 09:00 also across a daylight-saving change;
 * without it (tasks started before), a day is 24 hours. Working days (`3WD`) are counted in the
 * task's calendar (Sweden's working days unless it names one), at the deadline's local time.
 */
export function noticeSchedule(dueAt: number, policy: ReminderPolicy, options: { calendarDays?: boolean; calendar?: CalendarRule } = {}): Notice[] {
  const shift = (iso: string, sign: 1 | -1, times = 1) => {
    const wd = workingDaysOf(iso);
    if (wd !== null) return shiftWorkingDays(dueAt, wd * times, options.calendar ?? DEFAULT_CALENDAR_RULE, sign);
    if (!options.calendarDays) return dueAt + sign * times * durationToMs(iso);
    let at = dueAt;
    for (let i = 0; i < times; i++) at = addLocalDuration(at, iso, sign);
    return at;
  };
  const times: { kind: NoticeKind; at: number }[] = [...new Set(policy.before)].map((iso) => ({ kind: 'reminder' as const, at: shift(iso, -1) }));
  if (policy.overdueEvery) {
    for (let i = 1; i <= (policy.maxOverdue ?? 10); i++) times.push({ kind: 'reminder', at: shift(policy.overdueEvery, 1, i) });
  }
  if (policy.escalateAfter) times.push({ kind: 'escalation', at: shift(policy.escalateAfter, 1) });
  // The same moment written two ways (PT24H and P1D in winter) is one notice.
  const unique = times.filter((t, i) => times.findIndex((u) => u.kind === t.kind && u.at === t.at) === i);
  unique.sort((a, b) => a.at - b.at || (a.kind === b.kind ? 0 : a.kind === 'reminder' ? -1 : 1));
  const counters: Record<NoticeKind, number> = { reminder: 0, escalation: 0, invitation: 0 };
  return unique.map((t) => ({ ...t, number: ++counters[t.kind] }));
}

/**
 * The notices still to send: those not sent yet and not already in the past when the schedule was
 * made (a due date moved closer must not fire a burst of stale reminders).
 */
export function pendingNotices(schedule: Notice[], sent: ReadonlySet<string>, scheduledAt: number): Notice[] {
  return schedule.filter((n) => !sent.has(noticeKey(n)) && n.at >= scheduledAt);
}

export function noticeKey(n: Pick<Notice, 'kind' | 'number'>): string {
  return `${n.kind}-${n.number}`;
}
