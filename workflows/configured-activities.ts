import { proxyActivities } from '@temporalio/workflow';
import type { AuditActivities, CohortActivities, ProgramActivities, TaskActivities } from '@gov/temporal/contracts';

/** Named timeout and retry profiles for activities. */
export const activityProfiles = {
  /** Short database writes: retried patiently, since a PostgreSQL outage must delay, never lose, the write. */
  databaseWrite: {
    startToCloseTimeout: '10 seconds',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  },
} as const;

export const audit = proxyActivities<AuditActivities>(activityProfiles.databaseWrite);

export const tasks = proxyActivities<TaskActivities>(activityProfiles.databaseWrite);

export const programs = proxyActivities<ProgramActivities>(activityProfiles.databaseWrite);

export const cohorts = proxyActivities<CohortActivities>(activityProfiles.databaseWrite);
