import { activityInfo, ApplicationFailure } from '@temporalio/activity';

/**
 * How long an activity waits for a row its workflow expects before reporting it missing. The
 * consistency protocol commits every row before its workflow starts, so a missing row means a
 * replica lagging or data removed by hand; ten minutes of bounded back-off covers the first.
 */
export const ROW_WAIT_MS = 10 * 60_000;

/**
 * "Not there yet" is retried (the activity's back-off: 1 s doubling to a minute), never fatal at
 * once; after ROW_WAIT_MS since the activity was first scheduled it fails for good as `RowMissing`,
 * which the test guard and the reconciler's report list.
 */
export function rowNotThereYet(what: string): never {
  const info = activityInfo();
  const waited = Date.now() - info.scheduledTimestampMs;
  if (waited < ROW_WAIT_MS) throw ApplicationFailure.retryable(`${what} is not there yet (attempt ${info.attempt})`, 'RowNotThereYet');
  throw ApplicationFailure.nonRetryable(`${what} is still missing after ${Math.round(waited / 1000)} s`, 'RowMissing');
}
