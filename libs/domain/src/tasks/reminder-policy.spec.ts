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
