import { describe, expect, it } from '@jest/globals';
import Holidays from 'date-holidays';
import { plannedNetworkMeeting } from '../programs/network-schedule.js';
import { noticeSchedule, reminderPolicyErrors } from '../tasks/reminder-policy.js';
import { calendarRuleFor, DEFAULT_CALENDAR_RULE, STOCKHOLM_CALENDAR, VASTERAS_CALENDAR } from './calendars.js';
import { swedishHolidays } from './swedish-holidays.js';
import { dayOff, deadlineOnWorkingDay, dueAfter, localDateOf, meetingOnWorkingDay, shiftWorkingDays, type CalendarRule } from './work-calendar.js';
import { workingDaysOf } from './working-day-duration.js';

/** A wall-clock moment in Swedish time as an instant (the offset given as it is that day). */
const at = (local: string) => Date.parse(local);
const iso = (instant: number) => new Date(instant).toISOString();
const sweden = DEFAULT_CALENDAR_RULE;

/**
 * The moveable days as the almanac publishes them (Svenska kyrkans / Almanacksförlagets
 * kalender): långfredag, påskdagen, annandag påsk, Kristi himmelsfärd, pingstdagen,
 * midsommarafton, midsommardagen, alla helgons dag.
 */
const PUBLISHED: Record<number, string[]> = {
  2025: ['2025-04-18', '2025-04-20', '2025-04-21', '2025-05-29', '2025-06-08', '2025-06-20', '2025-06-21', '2025-11-01'],
  2026: ['2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-06-19', '2026-06-20', '2026-10-31'],
  2027: ['2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-05-16', '2027-06-25', '2027-06-26', '2027-11-06'],
  2028: ['2028-04-14', '2028-04-16', '2028-04-17', '2028-05-25', '2028-06-04', '2028-06-23', '2028-06-24', '2028-11-04'],
  2029: ['2029-03-30', '2029-04-01', '2029-04-02', '2029-05-10', '2029-05-20', '2029-06-22', '2029-06-23', '2029-11-03'],
  2030: ['2030-04-19', '2030-04-21', '2030-04-22', '2030-05-30', '2030-06-09', '2030-06-21', '2030-06-22', '2030-11-02'],
};
const MOVEABLE = ['langfredagen', 'paskdagen', 'annandagPask', 'kristiHimmelsfardsdag', 'pingstdagen', 'midsommarafton', 'midsommardagen', 'allaHelgonsDag'];
const FIXED = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];

describe('Swedish public holidays and eves, 2025–2030', () => {
  for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
    it(`pins ${year} against the published dates`, () => {
      const days = swedishHolidays(year);
      expect(MOVEABLE.map((key) => days.find((d) => d.key === key)?.date)).toEqual(PUBLISHED[year]);
      expect(FIXED.every((md) => days.some((d) => d.date === `${year}-${md}`))).toBe(true);
      expect(days).toHaveLength(16);
      expect(days.filter((d) => d.kind === 'eve').map((d) => d.key)).toEqual(['midsommarafton', 'julafton', 'nyarsafton']);
    });

    it(`agrees with date-holidays on ${year}: its public days, and its bank days as the eves`, () => {
      const reference = new Holidays('SE').getHolidays(year);
      const own = swedishHolidays(year);
      expect(own.filter((d) => d.kind === 'public-holiday').map((d) => d.date)).toEqual(reference.filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      expect(own.filter((d) => d.kind === 'eve').map((d) => d.date)).toEqual(reference.filter((h) => h.type === 'bank').map((h) => h.date.slice(0, 10)));
    });
  }

  it('names each day in Swedish and English, and refuses a year outside the calendar', () => {
    expect(swedishHolidays(2026).find((d) => d.date === '2026-06-06')?.name).toEqual({ sv: 'Sveriges nationaldag', en: 'National Day of Sweden' });
    expect(() => swedishHolidays(0)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('knows why a day is off: a holiday before a weekend, an eve, a closure, a school break only in a school year', () => {
    expect(dayOff('2026-06-19', sweden)).toMatchObject({ kind: 'eve', name: { sv: 'Midsommarafton' } });
    expect(dayOff('2026-06-20', sweden)).toMatchObject({ kind: 'public-holiday', name: { sv: 'Midsommardagen' } });
    expect(dayOff('2026-06-21', sweden)).toMatchObject({ kind: 'weekend' });
    expect(dayOff('2026-06-18', sweden)).toBeNull();
    // Skärtorsdagen and trettondagsafton are working days.
    expect(dayOff('2026-04-02', sweden)).toBeNull();
    expect(dayOff('2026-01-05', sweden)).toBeNull();
    const office: CalendarRule = { calendar: { ...VASTERAS_CALENDAR, closures: [{ date: '2026-05-15', name: { sv: 'Klämdag', en: 'Bridge day' } }] }, basis: 'working-days' };
    expect(dayOff('2026-05-15', office)).toMatchObject({ kind: 'closure', name: { sv: 'Klämdag' } });
    expect(dayOff('2026-10-28', office)).toBeNull();
    expect(dayOff('2026-10-28', { calendar: VASTERAS_CALENDAR, basis: 'school-year' })).toMatchObject({ kind: 'school-break', name: { sv: 'Höstlov' } });
    // A calendar that keeps Christmas Eve open.
    expect(dayOff('2026-12-24', { calendar: { ...STOCKHOLM_CALENDAR, eves: ['midsommarafton', 'nyarsafton'] }, basis: 'working-days' })).toBeNull();
  });

  it('moves a deadline on a day off to the previous working day at the same local time: after Midsummer, Christmas, Easter', () => {
    // Due the Sunday after Midsummer 2027, 10:00: Sunday, Midsummer Day and Midsummer Eve are off — Thursday 10:00.
    const midsummer = deadlineOnWorkingDay(at('2027-06-27T10:00:00+02:00'), sweden);
    expect(iso(midsummer.at)).toBe('2027-06-24T08:00:00.000Z');
    expect(midsummer.movedOver.map((d) => d.kind)).toEqual(['weekend', 'public-holiday', 'eve']);
    // Due on Boxing Day 2026 (a Saturday), 12:00: back over Christmas Day and Christmas Eve to Wednesday the 23rd.
    expect(iso(deadlineOnWorkingDay(at('2026-12-26T12:00:00+01:00'), sweden).at)).toBe('2026-12-23T11:00:00.000Z');
    // Due on Easter Monday 2026, 09:00: back to the Thursday before Good Friday (summer time both days).
    expect(iso(deadlineOnWorkingDay(at('2026-04-06T09:00:00+02:00'), sweden).at)).toBe('2026-04-02T07:00:00.000Z');
    // A working day stays as it is.
    expect(deadlineOnWorkingDay(at('2026-12-03T10:00:00+01:00'), sweden)).toEqual({ at: at('2026-12-03T10:00:00+01:00'), movedOver: [] });
  });

  it('counts working days before and after a moment, keeping the local time across daylight saving', () => {
    // Three working days before Thursday 24 June 2027, 10:00 is Monday 21 June, 10:00.
    expect(iso(shiftWorkingDays(at('2027-06-24T10:00:00+02:00'), 3, sweden, -1))).toBe('2027-06-21T08:00:00.000Z');
    // An offer of three working days made on Monday 21 December 2026, 14:00 closes on Monday 28 December, 14:00.
    expect(iso(shiftWorkingDays(at('2026-12-21T14:00:00+01:00'), 3, sweden))).toBe('2026-12-28T13:00:00.000Z');
    // Three working days before the Tuesday after Easter 2026, 09:00: the Tuesday before Good Friday.
    expect(iso(shiftWorkingDays(at('2026-04-07T09:00:00+02:00'), 3, sweden, -1))).toBe('2026-03-31T07:00:00.000Z');
    // One working day after Friday 27 March 2026, 09:00 (winter time) is Monday 30 March, 09:00 (summer time).
    expect(iso(shiftWorkingDays(at('2026-03-27T09:00:00+01:00'), 1, sweden))).toBe('2026-03-30T07:00:00.000Z');
    expect(shiftWorkingDays(at('2026-03-27T09:00:00+01:00'), 0, sweden)).toBe(at('2026-03-27T09:00:00+01:00'));
    expect(() => shiftWorkingDays(0, 1.5, sweden)).toThrow(RangeError);
  });

  it('gives a template duration in working days, or an ISO one moved off a day off when a calendar is followed', () => {
    // Five working days from Thursday 23 December 2027, 09:00: 27, 28, 29 and 30 December, then past New Year's Eve and the weekend to Monday 3 January.
    expect(iso(dueAfter(at('2027-12-23T09:00:00+01:00'), '5WD', sweden))).toBe('2028-01-03T08:00:00.000Z');
    // Seven calendar days from Friday 18 June 2027 lands on Friday 25 June, Midsummer Eve: Thursday 24 June with a calendar.
    expect(iso(dueAfter(at('2027-06-18T09:00:00+02:00'), 'P7D', sweden))).toBe('2027-06-24T07:00:00.000Z');
    expect(iso(dueAfter(at('2027-06-18T09:00:00+02:00'), 'P7D'))).toBe('2027-06-25T07:00:00.000Z');
  });

  it('moves a meeting in a school break to the first working day after it, saying why', () => {
    const school: CalendarRule = { calendar: VASTERAS_CALENDAR, basis: 'school-year' };
    const moved = meetingOnWorkingDay(at('2026-10-28T15:00:00+01:00'), school);
    expect(localDateOf(moved.at)).toBe('2026-11-02');
    expect(iso(moved.at)).toBe('2026-11-02T14:00:00.000Z');
    expect(moved.movedOver.map((d) => `${d.date} ${d.name.sv}`)).toEqual(['2026-10-28 Höstlov', '2026-10-29 Höstlov', '2026-10-30 Höstlov', '2026-10-31 Alla helgons dag', '2026-11-01 Söndag']);
  });

  it('hands a workflow the days without labels (no name fields in a payload), counting the same', () => {
    const rule = calendarRuleFor({ key: 'vasteras', basis: 'school-year' })!;
    expect(JSON.stringify(rule)).not.toMatch(/"name"/);
    expect(dayOff('2026-10-28', rule)).toEqual({ date: '2026-10-28', kind: 'school-break', name: { sv: 'Höstlov', en: 'Autumn break' } });
    expect(calendarRuleFor({ key: 'uppsala', basis: 'working-days' })).toBeUndefined();
  });

  it('reads the working-day notation beside ISO 8601', () => {
    expect([workingDaysOf('3WD'), workingDaysOf('0WD'), workingDaysOf('365WD')]).toEqual([3, 0, 365]);
    expect([workingDaysOf('3 WD'), workingDaysOf('WD'), workingDaysOf('03WD'), workingDaysOf('1000WD'), workingDaysOf('P3D'), workingDaysOf(3)]).toEqual([null, null, null, null, null, null]);
  });
});

describe('reminder policies in working days', () => {
  it('are valid beside ISO 8601 durations, and a working-day cadence is at least one day', () => {
    expect(reminderPolicyErrors({ before: ['3WD', 'PT0S'], overdueEvery: '1WD', escalateAfter: '2WD' })).toEqual([]);
    expect(reminderPolicyErrors({ before: ['3 WD'], overdueEvery: '0WD' }).map((e) => e.field)).toEqual(['before.0', 'overdueEvery']);
    expect(reminderPolicyErrors({ before: ['3 WD'] })[0].message).toMatch(/or working days such as 3WD/);
  });

  it('remind and escalate on working days at the deadline’s local time, around Midsummer', () => {
    const due = at('2027-06-24T10:00:00+02:00');
    const schedule = noticeSchedule(due, { before: ['3WD', '0WD'], overdueEvery: '1WD', maxOverdue: 2, escalateAfter: '2WD' }, { calendarDays: true });
    expect(schedule.map((n) => `${n.kind}-${n.number} ${iso(n.at)}`)).toEqual([
      'reminder-1 2027-06-21T08:00:00.000Z',
      'reminder-2 2027-06-24T08:00:00.000Z',
      // Friday and the weekend are Midsummer: the first working day after is Monday 28 June.
      'reminder-3 2027-06-28T08:00:00.000Z',
      'reminder-4 2027-06-29T08:00:00.000Z',
      'escalation-1 2027-06-29T08:00:00.000Z',
    ]);
    // A school-year calendar counts the same days (no break then), and the ISO policies are unchanged.
    expect(noticeSchedule(due, { before: ['P3D'] }, { calendarDays: true, calendar: { calendar: STOCKHOLM_CALENDAR, basis: 'working-days' } }).map((n) => iso(n.at))).toEqual(['2027-06-21T08:00:00.000Z']);
  });
});

describe('network meetings by cadence, off the school breaks', () => {
  it('moves the meeting the cadence puts in the autumn break to the Monday after, and keeps the others', () => {
    const cadence = { initialEvery: 'P4W', initialMeetings: 2, thenEvery: 'P13W', statusReportBefore: 'P7D' };
    const kickoff = at('2027-10-04T15:00:00+02:00');
    const school = calendarRuleFor({ key: 'vasteras', basis: 'school-year' });
    // By the cadence alone meeting 1 is Monday 1 November 2027 (höstlov, week 44).
    expect(iso(plannedNetworkMeeting(kickoff, cadence, 1).at)).toBe('2027-11-01T13:00:00.000Z');
    const moved = plannedNetworkMeeting(kickoff, cadence, 1, school);
    expect(iso(moved.at)).toBe('2027-11-08T13:00:00.000Z');
    expect(iso(moved.byCadence)).toBe('2027-11-01T13:00:00.000Z');
    expect(moved.movedOver.map((d) => d.name.sv)).toEqual(['Höstlov', 'Höstlov', 'Höstlov', 'Höstlov', 'Höstlov', 'Alla helgons dag', 'Söndag']);
    // The kickoff stays where it was put; meeting 2 (29 November) is a working day.
    expect(plannedNetworkMeeting(kickoff, cadence, 0, school)).toEqual({ at: kickoff, byCadence: kickoff, movedOver: [] });
    expect(plannedNetworkMeeting(kickoff, cadence, 2, school).movedOver).toEqual([]);
    // On working days alone the break is no day off.
    expect(plannedNetworkMeeting(kickoff, cadence, 1, calendarRuleFor({ key: 'vasteras', basis: 'working-days' })).movedOver).toEqual([]);
  });
});
