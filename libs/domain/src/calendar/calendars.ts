import type { CalendarBasis, CalendarRule, SchoolBreak, WorkCalendar } from './work-calendar.js';

const lov = (key: 'hostlov' | 'jullov' | 'sportlov' | 'pasklov' | 'sommarlov', from: string, to: string): SchoolBreak => ({ key, from, to });

/** Sweden's working days: weekends, public holidays and the three eves; no school breaks. */
export const SWEDEN_CALENDAR: WorkCalendar = { key: 'sverige', name: { sv: 'Sverige (helgdagar)', en: 'Sweden (public holidays)' } };

/**
 * Västerås stad: the school breaks of the school years 2025/26 to 2027/28 as defaults, in the
 * weeks Västmanland keeps them (höstlov week 44, sportlov week 9, påsklov the week after Easter).
 * A municipality checks them against its published läsårstider and registers its own.
 */
export const VASTERAS_CALENDAR: WorkCalendar = {
  key: 'vasteras',
  name: { sv: 'Västerås stad', en: 'City of Västerås' },
  schoolBreaks: [
    lov('hostlov', '2025-10-27', '2025-10-31'),
    lov('jullov', '2025-12-22', '2026-01-09'),
    lov('sportlov', '2026-02-23', '2026-02-27'),
    lov('pasklov', '2026-04-07', '2026-04-10'),
    lov('sommarlov', '2026-06-12', '2026-08-16'),
    lov('hostlov', '2026-10-26', '2026-10-30'),
    lov('jullov', '2026-12-21', '2027-01-08'),
    lov('sportlov', '2027-03-01', '2027-03-05'),
    lov('pasklov', '2027-03-29', '2027-04-02'),
    lov('sommarlov', '2027-06-11', '2027-08-15'),
    lov('hostlov', '2027-11-01', '2027-11-05'),
    lov('jullov', '2027-12-20', '2028-01-07'),
    lov('sportlov', '2028-02-28', '2028-03-03'),
    lov('pasklov', '2028-04-18', '2028-04-21'),
    lov('sommarlov', '2028-06-12', '2028-08-13'),
  ],
};

/**
 * Stockholms stad: the school breaks of 2025/26 to 2027/28 as defaults, in the weeks Stockholm
 * keeps them (höstlov week 44, sportlov week 8, påsklov around Easter); to check against the
 * published läsårstider like Västerås'.
 */
export const STOCKHOLM_CALENDAR: WorkCalendar = {
  key: 'stockholm',
  name: { sv: 'Stockholms stad', en: 'City of Stockholm' },
  schoolBreaks: [
    lov('hostlov', '2025-10-27', '2025-10-31'),
    lov('jullov', '2025-12-22', '2026-01-07'),
    lov('sportlov', '2026-02-16', '2026-02-20'),
    lov('pasklov', '2026-03-30', '2026-04-03'),
    lov('sommarlov', '2026-06-12', '2026-08-16'),
    lov('hostlov', '2026-10-26', '2026-10-30'),
    lov('jullov', '2026-12-21', '2027-01-08'),
    lov('sportlov', '2027-02-22', '2027-02-26'),
    lov('pasklov', '2027-03-29', '2027-04-02'),
    lov('sommarlov', '2027-06-11', '2027-08-15'),
    lov('hostlov', '2027-11-01', '2027-11-05'),
    lov('jullov', '2027-12-20', '2028-01-07'),
    lov('sportlov', '2028-02-21', '2028-02-25'),
    lov('pasklov', '2028-04-10', '2028-04-14'),
    lov('sommarlov', '2028-06-12', '2028-08-13'),
  ],
};

export const BUILT_IN_CALENDARS: readonly WorkCalendar[] = [SWEDEN_CALENDAR, VASTERAS_CALENDAR, STOCKHOLM_CALENDAR];

/** What a working-day duration counts on when nothing names a calendar: Sweden's working days. */
export const DEFAULT_CALENDAR_RULE: CalendarRule = { calendar: SWEDEN_CALENDAR, basis: 'working-days' };

/**
 * A built-in calendar by key with what counts as a day off, as a workflow's input carries it: the
 * days only, without labels (a payload holds no name fields); undefined for an unknown key.
 */
export function calendarRuleFor(choice: { key: string; basis: CalendarBasis } | null | undefined): CalendarRule | undefined {
  const calendar = choice ? BUILT_IN_CALENDARS.find((c) => c.key === choice.key) : undefined;
  if (!calendar || !choice) return undefined;
  return {
    calendar: {
      key: calendar.key,
      ...(calendar.eves ? { eves: calendar.eves } : {}),
      ...(calendar.closures ? { closures: calendar.closures.map((c) => ({ date: c.date })) } : {}),
      ...(calendar.schoolBreaks ? { schoolBreaks: calendar.schoolBreaks.map((b) => ({ key: b.key, from: b.from, to: b.to })) } : {}),
    },
    basis: choice.basis,
  };
}
