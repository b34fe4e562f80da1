import { parse, pattern } from 'iso8601-duration';

const MS = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

export class DurationError extends Error {}

/**
 * An ISO 8601 duration (P3D, PT12H, P1W, PT0S) in milliseconds. Years and months have no fixed
 * length, so reminder policies refuse them; a day counts as 24 hours.
 */
export function durationToMs(iso: string): number {
  if (typeof iso !== 'string' || !new RegExp(`^${pattern.source}$`).test(iso) || iso === 'P' || iso.endsWith('T')) {
    throw new DurationError(`'${iso}' is not an ISO 8601 duration such as P3D or PT12H`);
  }
  const d = parse(iso);
  if (d.years || d.months) throw new DurationError(`'${iso}': years and months are not allowed (use weeks or days)`);
  return (d.weeks ?? 0) * MS.weeks + (d.days ?? 0) * MS.days + (d.hours ?? 0) * MS.hours + (d.minutes ?? 0) * MS.minutes + Math.round((d.seconds ?? 0) * MS.seconds);
}

export function isDuration(iso: unknown): boolean {
  try {
    durationToMs(iso as string);
    return true;
  } catch {
    return false;
  }
}

/** A duration as calendar days (weeks counted as 7) and an exact remainder in milliseconds. */
export function durationParts(iso: string): { days: number; exactMs: number } {
  durationToMs(iso); // validates
  const d = parse(iso);
  return {
    days: (d.weeks ?? 0) * 7 + (d.days ?? 0),
    exactMs: (d.hours ?? 0) * MS.hours + (d.minutes ?? 0) * MS.minutes + Math.round((d.seconds ?? 0) * MS.seconds),
  };
}
