import { describe, expect, it } from '@jest/globals';
import { expectedIndicatorValue, indicatorOnTrack, latestReading } from './indicator-trajectory.js';

const rising = { baselineYear: 2019, baselineValue: 70, targetYear: 2023, targetValue: 90 };
const falling = { baselineYear: 2019, baselineValue: 12, targetYear: 2022, targetValue: 6 };

describe('an indicator against the straight line from baseline to target', () => {
  it('expects the baseline before it, the target after it and the line in between', () => {
    expect(expectedIndicatorValue(rising, 2018)).toBe(70);
    expect(expectedIndicatorValue(rising, 2021)).toBe(80);
    expect(expectedIndicatorValue(rising, 2030)).toBe(90);
  });

  it('is on track at or above the line when the target is higher, at or below it when lower', () => {
    expect(indicatorOnTrack(rising, { year: 2021, value: 80 })).toBe(true);
    expect(indicatorOnTrack(rising, { year: 2021, value: 79.9 })).toBe(false);
    expect(indicatorOnTrack(falling, { year: 2020, value: 10 })).toBe(true);
    expect(indicatorOnTrack(falling, { year: 2020, value: 10.5 })).toBe(false);
  });

  it('keeps a target equal to the baseline as a floor, and says nothing without a reading', () => {
    const flat = { baselineYear: 2019, baselineValue: 5, targetYear: 2025, targetValue: 5 };
    expect(indicatorOnTrack(flat, { year: 2022, value: 5 })).toBe(true);
    expect(indicatorOnTrack(flat, { year: 2022, value: 4 })).toBe(false);
    expect(indicatorOnTrack(rising, null)).toBeNull();
  });

  it('takes the latest reading by year, whatever the order', () => {
    expect(latestReading([{ year: 2021, value: 1 }, { year: 2022, value: 2 }, { year: 2020, value: 3 }])).toEqual({ year: 2022, value: 2 });
    expect(latestReading([])).toBeNull();
  });
});
