import { durationParts } from './iso-duration.js';

/** People act in Swedish time: calendar days in reminder policies are days in this zone. */
export const LOCAL_TIME_ZONE = 'Europe/Stockholm';

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: LOCAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far the zone's wall clock is ahead of UTC at an instant (ms): 1 h in winter, 2 h in summer. */
export function zoneOffsetMs(instant: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * An ISO 8601 duration added to an instant the way a person means it: whole days and weeks move
 * the date in Swedish time and keep the wall-clock time ("a day before 09:00" is 09:00 the day
 * before, also across a daylight-saving change); hours, minutes and seconds are exact.
 */
export function addLocalDuration(instant: number, iso: string, sign: 1 | -1 = 1): number {
  const { days, exactMs: exact } = durationParts(iso);
  let at = instant;
  if (days !== 0) {
    const local = instant + zoneOffsetMs(instant) + sign * days * 86_400_000;
    // Back from wall-clock time to an instant: the offset on the target day (twice settles it).
    at = local - zoneOffsetMs(local - zoneOffsetMs(instant));
    at = local - zoneOffsetMs(at);
  }
  return at + sign * exact;
}
