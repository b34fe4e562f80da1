/**
 * Working days alongside ISO 8601 durations: `3WD` is three working days (of the calendar the task,
 * offer or template follows), counted from the moment's date and keeping its local time. `0WD` is
 * the moment itself. Everything else is ISO 8601 (P3D, PT12H), counted in calendar days.
 */
export const WORKING_DAYS_PATTERN = /^(0|[1-9][0-9]{0,2})WD$/;

/** The number of working days a duration names, or null when it is not a working-day duration. */
export function workingDaysOf(duration: unknown): number | null {
  if (typeof duration !== 'string') return null;
  const m = WORKING_DAYS_PATTERN.exec(duration);
  return m ? Number(m[1]) : null;
}
