import { workflowInfo } from '@temporalio/workflow';

/** Default history size after which a long-running workflow starts a fresh run carrying its state. */
export const HISTORY_LIMIT = 10_000;

/** Time to continue as new: Temporal suggests it, or the history reached the workflow's limit. */
export function shouldContinueAsNew(limit: number = HISTORY_LIMIT): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= limit;
}
