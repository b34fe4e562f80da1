import { durationToMs } from '../tasks/iso-duration.js';
import { addLocalDuration, zoneOffsetMs } from '../tasks/local-time.js';
import { workingDaysOf } from './working-day-duration.js';
import { DEFAULT_CALENDAR_RULE } from './calendars.js';
import { addDays, MUNICIPAL_EVES, swedishHolidays, weekday, type LocalDate, type Localized, type MunicipalEve } from './swedish-holidays.js';

/** A school break (skollov) of one school year, both days included. */
export interface SchoolBreak {
  /** hostlov, jullov, sportlov, pasklov, sommarlov (or the municipality's own). */
  key: string;
  /** Its label (the built-in keys have one); workflows carry the days without labels. */
  name?: Localized;
  from: LocalDate;
  to: LocalDate;
}

/**
 * A municipality's working-day calendar, as data: weekends and Sweden's public holidays always,
 * the eves it closes on, its own closure days, and its school breaks per school year. It travels
 * with a workflow's input (no workflow reads a calendar compiled into it), so changing a calendar
 * changes no running workflow's replay.
 */
export interface WorkCalendar {
  key: string;
  /** Its label; workflows carry the days without labels (their payloads hold no name fields). */
  name?: Localized;
  /** The eves that are days off (default: Midsummer Eve, Christmas Eve, New Year's Eve). */
  eves?: MunicipalEve[];
  /** The organization's own closure days (e.g. a klämdag), with why. */
  closures?: { date: LocalDate; name?: Localized }[];
  schoolBreaks?: SchoolBreak[];
}

/**
 * Which days count: `working-days` skips weekends, public holidays, the eves and closures (the
 * program calendar); `school-year` also skips the school breaks (a school's calendar).
 */
export type CalendarBasis = 'working-days' | 'school-year';

/** A calendar as a deadline or a meeting plan follows it. */
export interface CalendarRule {
  calendar: WorkCalendar;
  basis: CalendarBasis;
}

export type DayOffKind = 'weekend' | 'public-holiday' | 'eve' | 'closure' | 'school-break';

/** Why a day is not a working day. */
export interface DayOff {
  date: LocalDate;
  kind: DayOffKind;
  name: Localized;
}

const WEEKEND: Record<number, Localized> = { 0: { sv: 'Söndag', en: 'Sunday' }, 6: { sv: 'Lördag', en: 'Saturday' } };
const CLOSED: Localized = { sv: 'Stängt', en: 'Closed' };

/** The school breaks' names by their usual keys. */
export const SCHOOL_BREAK_NAMES: Record<string, Localized> = {
  hostlov: { sv: 'Höstlov', en: 'Autumn break' },
  jullov: { sv: 'Jullov', en: 'Christmas break' },
  sportlov: { sv: 'Sportlov', en: 'Winter sports break' },
  pasklov: { sv: 'Påsklov', en: 'Easter break' },
  sommarlov: { sv: 'Sommarlov', en: 'Summer break' },
};

/** Why the day is off under the rule, or null for a working day (a holiday before a weekend, a break before a closure). */
export function dayOff(date: LocalDate, rule: CalendarRule): DayOff | null {
  const year = Number(date.slice(0, 4));
  const eves: readonly string[] = rule.calendar.eves ?? MUNICIPAL_EVES;
  const holiday = swedishHolidays(year).find((h) => h.date === date && (h.kind === 'public-holiday' || eves.includes(h.key)));
  if (holiday) return { date, kind: holiday.kind, name: holiday.name };
  const day = weekday(date);
  if (day === 0 || day === 6) return { date, kind: 'weekend', name: WEEKEND[day] };
  const closure = rule.calendar.closures?.find((c) => c.date === date);
  if (closure) return { date, kind: 'closure', name: closure.name ?? CLOSED };
  if (rule.basis === 'school-year') {
    const schoolBreak = rule.calendar.schoolBreaks?.find((b) => b.from <= date && date <= b.to);
    if (schoolBreak) return { date, kind: 'school-break', name: schoolBreak.name ?? SCHOOL_BREAK_NAMES[schoolBreak.key] ?? { sv: schoolBreak.key, en: schoolBreak.key } };
  }
  return null;
}

export function isWorkingDay(date: LocalDate, rule: CalendarRule): boolean {
  return dayOff(date, rule) === null;
}

/** The local date (Europe/Stockholm) of an instant. */
export function localDateOf(instant: number): LocalDate {
  const local = new Date(instant + zoneOffsetMs(instant));
  return `${String(local.getUTCFullYear()).padStart(4, '0')}-${String(local.getUTCMonth() + 1).padStart(2, '0')}-${String(local.getUTCDate()).padStart(2, '0')}`;
}

/** Days from one local date to another (negative when `to` is earlier). */
function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The same local time of day on another date (across a daylight-saving change too). */
function onDate(instant: number, date: LocalDate): number {
  const days = daysBetween(localDateOf(instant), date);
  if (days === 0) return instant;
  return addLocalDuration(instant, `P${Math.abs(days)}D`, days > 0 ? 1 : -1);
}

/** No search runs further than this: a calendar that closes every day is a mistake, not a plan. */
const MAX_DAYS_SEARCHED = 3660;

/**
 * `count` working days after (sign 1) or before (sign -1) an instant, at the same local time: three
 * working days before Thursday 10:00 is Monday 10:00, and before the Tuesday after Easter it is the
 * Tuesday before Good Friday. The starting day itself need not be a working day.
 */
export function shiftWorkingDays(instant: number, count: number, rule: CalendarRule, sign: 1 | -1 = 1): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a working-day count is a whole number ≥ 0, not ${count}`);
  let date = localDateOf(instant);
  for (let found = 0, searched = 0; found < count; ) {
    date = addDays(date, sign);
    if (++searched > MAX_DAYS_SEARCHED) throw new RangeError(`no ${count} working days within ${MAX_DAYS_SEARCHED} days in calendar ${rule.calendar.key}`);
    if (isWorkingDay(date, rule)) found++;
  }
  return onDate(instant, date);
}

/**
 * A deadline on a day off moves to the previous working day at the same local time (a deadline on
 * Midsummer Eve is Thursday's); on a working day it stays. Says which days off it moved over.
 */
export function deadlineOnWorkingDay(instant: number, rule: CalendarRule): { at: number; movedOver: DayOff[] } {
  const movedOver: DayOff[] = [];
  let date = localDateOf(instant);
  for (let off = dayOff(date, rule); off; off = dayOff(date, rule)) {
    movedOver.push(off);
    if (movedOver.length > MAX_DAYS_SEARCHED) throw new RangeError(`no working day within ${MAX_DAYS_SEARCHED} days before ${localDateOf(instant)} in calendar ${rule.calendar.key}`);
    date = addDays(date, -1);
  }
  return { at: onDate(instant, date), movedOver };
}

/**
 * A planned meeting on a day off moves to the next working day at the same local time (a network
 * meeting in the autumn break moves to the Monday after it), with the days it moved over as the
 * plan's reason.
 */
export function meetingOnWorkingDay(instant: number, rule: CalendarRule): { at: number; movedOver: DayOff[] } {
  const movedOver: DayOff[] = [];
  let date = localDateOf(instant);
  for (let off = dayOff(date, rule); off; off = dayOff(date, rule)) {
    movedOver.push(off);
    if (movedOver.length > MAX_DAYS_SEARCHED) throw new RangeError(`no working day within ${MAX_DAYS_SEARCHED} days after ${localDateOf(instant)} in calendar ${rule.calendar.key}`);
    date = addDays(date, 1);
  }
  return { at: onDate(instant, date), movedOver };
}

/**
 * A deadline `duration` after `from`: working days (`3WD`) counted in the rule's calendar, an ISO
 * 8601 duration exactly; with a rule, a deadline on a day off moves to the working day before.
 */
export function dueAfter(from: number, duration: string, rule?: CalendarRule): number {
  const days = workingDaysOf(duration);
  const at = days === null ? from + durationToMs(duration) : shiftWorkingDays(from, days, rule ?? DEFAULT_CALENDAR_RULE);
  return rule ? deadlineOnWorkingDay(at, rule).at : at;
}
