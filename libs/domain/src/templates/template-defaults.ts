/** Defaults shared by the schema and the zod-free catalog the workflows use. */
export const DEFAULT_DURATIONS = { step: 'P14D', gate: 'P14D', activityPlanning: 'P30D', activityEvaluation: 'P30D', yearlyCheckEvery: 'P52W' } as const;
