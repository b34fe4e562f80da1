import { describe, expect, it } from '@jest/globals';
import { isoWeekOf, mondayOf, startOfLocalDay, weekWindow } from './week.js';

describe('the week view window (Europe/Stockholm, weeks from Monday)', () => {
  it('starts on the Monday of the given day’s week, whichever day of it is given', () => {
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2026-12-09')).toBe('2026-12-07');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('spans this week and the next, midnight to midnight in Swedish time', () => {
    const w = weekWindow('2026-12-09', 0);
    expect([w.from, w.to]).toEqual(['2026-12-07', '2026-12-20']);
    expect(new Date(w.startsAt).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(new Date(w.endsAt).toISOString()).toBe('2026-12-20T23:00:00.000Z');
    expect(w.weeks).toEqual([50, 51]);
  });

  it('keeps local midnight across the daylight-saving change (summer time ends 25 October 2026)', () => {
    const w = weekWindow('2026-10-20', 0);
    expect(new Date(w.startsAt).toISOString()).toBe('2026-10-18T22:00:00.000Z');
    expect(new Date(w.endsAt).toISOString()).toBe('2026-11-01T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('takes today in Stockholm when no day is given (late Sunday evening UTC is already Monday there)', () => {
    expect(weekWindow(undefined, Date.parse('2026-12-06T23:30:00Z')).from).toBe('2026-12-07');
    expect(weekWindow(undefined, Date.parse('2026-12-06T22:30:00Z')).from).toBe('2026-11-30');
  });

  it('numbers weeks as ISO 8601 (and the Swedish almanac) does', () => {
    expect(isoWeekOf('2026-01-01')).toBe(1);
    expect(isoWeekOf('2027-01-01')).toBe(53);
    expect(isoWeekOf('2027-01-04')).toBe(1);
    expect(isoWeekOf('2026-12-31')).toBe(53);
  });
});
