/**
 * Whether an effect goal's indicator is on track: its latest value against a straight line from
 * the baseline (year, value) to the target (year, value). The direction comes from the target: a
 * target above the baseline wants the value at or above the line, one below it at or under it;
 * a target equal to the baseline wants the value kept there or better (at or above).
 */
export interface IndicatorPlan {
  baselineYear: number;
  baselineValue: number;
  targetYear: number;
  targetValue: number;
}

export interface IndicatorReading {
  year: number;
  value: number;
}

/** The value the straight line expects in `year` (the baseline before it, the target after it). */
export function expectedIndicatorValue(plan: IndicatorPlan, year: number): number {
  if (year <= plan.baselineYear) return plan.baselineValue;
  if (year >= plan.targetYear || plan.targetYear === plan.baselineYear) return plan.targetValue;
  const share = (year - plan.baselineYear) / (plan.targetYear - plan.baselineYear);
  return plan.baselineValue + share * (plan.targetValue - plan.baselineValue);
}

/** True or false for the latest reading; null when there is none yet. */
export function indicatorOnTrack(plan: IndicatorPlan, latest: IndicatorReading | null): boolean | null {
  if (!latest) return null;
  const expected = expectedIndicatorValue(plan, latest.year);
  // A tolerance for decimal rounding, so that exactly on the line counts as on track.
  const epsilon = 1e-9 * Math.max(1, Math.abs(expected));
  return plan.targetValue < plan.baselineValue ? latest.value <= expected + epsilon : latest.value >= expected - epsilon;
}

/** The latest of the readings (the highest year), or null. */
export function latestReading<T extends IndicatorReading>(readings: readonly T[]): T | null {
  return readings.reduce<T | null>((latest, r) => (!latest || r.year > latest.year ? r : latest), null);
}
