import { addDays, weekday, type LocalDate } from './swedish-holidays.js';
import { localDateOf } from './work-calendar.js';
import { zoneOffsetMs } from '../tasks/local-time.js';

/** The weeks a person's week view spans: this week and the next. */
export const WEEK_VIEW_DAYS = 14;

/** The Monday (Swedish weeks start on Monday) of the week a local date falls in. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** The instant a local date begins in Europe/Stockholm (midnight is never skipped by daylight saving there). */
export function startOfLocalDay(date: LocalDate): number {
  const utc = Date.parse(`${date}T00:00:00Z`);
  return utc - zoneOffsetMs(utc - zoneOffsetMs(utc));
}

/** The ISO 8601 week number of a local date (the week with the year's first Thursday is week 1). */
export function isoWeekOf(date: LocalDate): number {
  const thursday = addDays(mondayOf(date), 3);
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / (7 * 86_400_000)) + 1;
}

/** The window a week view shows: from the Monday of the week `day` is in (today by default), two weeks, in Stockholm time. */
export function weekWindow(day: LocalDate | undefined, now: number): { from: LocalDate; to: LocalDate; startsAt: number; endsAt: number; weeks: number[] } {
  const from = mondayOf(day ?? localDateOf(now));
  const next = addDays(from, WEEK_VIEW_DAYS);
  return { from, to: addDays(next, -1), startsAt: startOfLocalDay(from), endsAt: startOfLocalDay(next), weeks: [isoWeekOf(from), isoWeekOf(addDays(from, 7))] };
}
