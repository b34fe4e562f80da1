import { describe, expect, it } from '@jest/globals';
import { answerErrors, durationToMs, noticeSchedule, pendingNotices, reminderPolicyErrors, type AnswerForm } from '@gov/domain';

const DAY = 86_400_000;
const due = Date.UTC(2019, 4, 20, 9, 0); // a network meeting on 20 May 2019, 09:00 UTC

describe('ISO 8601 durations', () => {
  it('converts days, weeks, hours and seconds to milliseconds', () => {
    expect(durationToMs('P3D')).toBe(3 * DAY);
    expect(durationToMs('P1W')).toBe(7 * DAY);
    expect(durationToMs('PT12H30M')).toBe(12.5 * 3_600_000);
    expect(durationToMs('PT0S')).toBe(0);
    expect(durationToMs('PT1.5S')).toBe(1_500);
  });

  it('refuses months, years and things that are not durations', () => {
    expect(() => durationToMs('P1M')).toThrow(/months/);
    expect(() => durationToMs('P1Y')).toThrow(/years/);
    for (const bad of ['3 days', 'P', 'PT', '', 'P-1D']) expect(() => durationToMs(bad)).toThrow(/not an ISO 8601 duration/);
  });
});

describe('reminder schedule', () => {
  const policy = { before: ['P3D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 3, escalateAfter: 'P5D' };

  it('reminds 3 days before, on the due day, every 2 days after, and escalates after 5 days overdue', () => {
    expect(noticeSchedule(due, policy).map((n) => [n.kind, n.number, (n.at - due) / DAY])).toEqual([
      ['reminder', 1, -3],
      ['reminder', 2, 0],
      ['reminder', 3, 2],
      ['reminder', 4, 4],
      ['escalation', 1, 5],
      ['reminder', 5, 6],
    ]);
  });

  it('skips notices already sent and those that were in the past when the schedule was made', () => {
    const schedule = noticeSchedule(due, policy);
    const pending = pendingNotices(schedule, new Set(['reminder-1']), due - DAY);
    expect(pending.map((n) => `${n.kind}-${n.number}`)).toEqual(['reminder-2', 'reminder-3', 'reminder-4', 'escalation-1', 'reminder-5']);
    expect(pendingNotices(schedule, new Set(), due + 3 * DAY).map((n) => `${n.kind}-${n.number}`)).toEqual(['reminder-4', 'escalation-1', 'reminder-5']);
  });

  it('names every invalid field of a policy', () => {
    expect(reminderPolicyErrors(policy)).toEqual([]);
    expect(reminderPolicyErrors({ before: ['P3D', 'soon'], overdueEvery: 'P1M', maxOverdue: 99, escalateAfter: 'x' }).map((e) => e.field)).toEqual([
      'before.1',
      'overdueEvery',
      'escalateAfter',
      'maxOverdue',
    ]);
    // An unknown property is named, not silently dropped (it would look configured and do nothing).
    expect(reminderPolicyErrors({ ...policy, escalateTo: 'P1D', before: ['P1D'] } as never).map((e) => e.field)).toEqual(['escalateTo']);
  });
});

describe('task answers', () => {
  const form: AnswerForm = {
    fields: [
      { key: 'status', label: { sv: 'Status', en: 'Status' }, type: 'choice', options: ['enligt plan', 'försenad', 'avslutad'], required: true },
      { key: 'comment', label: { sv: 'Kommentar', en: 'Comment' }, type: 'text', maxLength: 20 },
      { key: 'participants', label: { sv: 'Deltagare', en: 'Participants' }, type: 'number' },
    ],
  };

  it('accepts an answer that fits the form', () => {
    expect(answerErrors(form, { status: 'enligt plan', comment: 'Allt väl', participants: 12 })).toEqual([]);
  });

  it('names missing, unknown and mistyped fields', () => {
    expect(answerErrors(form, { comment: 'x'.repeat(21), participants: '12', extra: true })).toEqual([
      { field: 'answer.extra', message: 'this task does not ask for it' },
      { field: 'answer.status', message: 'required' },
      { field: 'answer.comment', message: 'text of at most 20 characters' },
      { field: 'answer.participants', message: 'a number' },
    ]);
    expect(answerErrors(form, [])).toEqual([{ field: 'answer', message: 'the answer must be an object' }]);
  });

  it('needs no answer when the task asks for nothing', () => {
    expect(answerErrors(undefined, undefined)).toEqual([]);
    expect(answerErrors({ fields: [] }, {})).toEqual([]);
  });
});

describe('reminders across the daylight-saving changes in Europe/Stockholm', () => {
  const local = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  const at = (n: { at: number }) => local(new Date(n.at).toISOString());

  it('keeps "a day before 09:00" at 09:00 when the clocks go forward (28 March 2027)', () => {
    const due = Date.parse('2027-03-28T07:00:00Z'); // 09:00 summer time
    expect(local('2027-03-28T07:00:00Z')).toBe('2027-03-28 09:00');
    const [dayBefore, onTime] = noticeSchedule(due, { before: ['P1D', 'PT0S'] }, { calendarDays: true });
    expect(at(dayBefore)).toBe('2027-03-27 09:00');
    expect(dayBefore.at).toBe(Date.parse('2027-03-27T08:00:00Z')); // 23 hours before, not 24
    expect(at(onTime)).toBe('2027-03-28 09:00');
    // Counted as 24 hours (tasks started before calendar days), it came an hour early.
    expect(at(noticeSchedule(due, { before: ['P1D'] })[0])).toBe('2027-03-27 08:00');
  });

  it('keeps overdue reminders and the escalation at the deadline’s local time when the clocks go back (31 October 2027)', () => {
    const due = Date.parse('2027-10-29T08:00:00Z'); // Friday 10:00 summer time
    const notices = noticeSchedule(due, { before: ['P1W'], overdueEvery: 'P1D', maxOverdue: 3, escalateAfter: 'P1W' }, { calendarDays: true });
    expect(notices.map((n) => `${n.kind}-${n.number} ${at(n)}`)).toEqual([
      'reminder-1 2027-10-22 10:00',
      'reminder-2 2027-10-30 10:00',
      'reminder-3 2027-10-31 10:00',
      'reminder-4 2027-11-01 10:00',
      'escalation-1 2027-11-05 10:00',
    ]);
    // Each fires once: no two notices share a key or a moment.
    expect(new Set(notices.map((n) => `${n.kind}-${n.number}`)).size).toBe(notices.length);
    expect(new Set(notices.map((n) => n.at)).size).toBe(notices.length);
  });

  it('counts hours, minutes and seconds exactly, and lets PT24H and P1D meet as one notice in winter', () => {
    const due = Date.parse('2027-03-28T07:00:00Z');
    expect(noticeSchedule(due, { before: ['PT24H'] }, { calendarDays: true })[0].at).toBe(due - 86_400_000);
    const winter = Date.parse('2027-01-15T08:00:00Z');
    expect(noticeSchedule(winter, { before: ['P1D', 'PT24H'] }, { calendarDays: true })).toHaveLength(1);
  });
});
