import { z } from 'zod';

/**
 * The portfolio's traffic lights: whether a program or a cohort is on track (*i fas*), at risk
 * (*risk*) or off track (*ur fas*), from counts the projections give (overdue tasks, a gate
 * waiting past its due date, activities whose status report is late, indicators behind their
 * line, offers about to expire). The thresholds are data: a default set here, which a template
 * may override signal by signal (its optional `portfolio` section).
 */
export const PORTFOLIO_STATUSES = ['on-track', 'at-risk', 'off-track'] as const;
export type PortfolioStatus = (typeof PORTFOLIO_STATUSES)[number];

export const PORTFOLIO_SIGNALS = ['overdueTasks', 'overdueGates', 'activitiesWithoutReport', 'indicatorsBehind', 'offersExpiring'] as const;
export type PortfolioSignal = (typeof PORTFOLIO_SIGNALS)[number];

export type PortfolioCounts = Record<PortfolioSignal, number>;

/** A signal's thresholds: the count from which it puts the row at risk, and off track (null: never). */
const thresholdSchema = z
  .object({
    atRisk: z.number().int().min(1).max(10_000).nullable(),
    offTrack: z.number().int().min(1).max(10_000).nullable(),
  })
  .strict()
  .refine((t) => t.atRisk === null || t.offTrack === null || t.offTrack >= t.atRisk, { message: 'offTrack must not be lower than atRisk', path: ['offTrack'] });
export type PortfolioThreshold = z.infer<typeof thresholdSchema>;

/** A template's `portfolio` section: the signals it sets differently from the default. */
export const portfolioRulesSchema = z
  .object(Object.fromEntries(PORTFOLIO_SIGNALS.map((s) => [s, thresholdSchema.optional()])) as Record<PortfolioSignal, z.ZodOptional<typeof thresholdSchema>>)
  .strict();
export type PortfolioRulesOverride = z.infer<typeof portfolioRulesSchema>;
export type PortfolioRules = Record<PortfolioSignal, PortfolioThreshold>;

/**
 * Any overdue task puts a row at risk, five off track; a gate waiting past its due date is off
 * track at once (the steering group holds up the program); a late status report is a risk, three
 * off track; an indicator behind its line is a risk; an offer about to expire is a risk (a place
 * may go to the next on the list).
 */
export const DEFAULT_PORTFOLIO_RULES: PortfolioRules = {
  overdueTasks: { atRisk: 1, offTrack: 5 },
  overdueGates: { atRisk: 1, offTrack: 1 },
  activitiesWithoutReport: { atRisk: 1, offTrack: 3 },
  indicatorsBehind: { atRisk: 1, offTrack: null },
  offersExpiring: { atRisk: 1, offTrack: null },
};

/** The default rules with a template's overrides, signal by signal. */
export function portfolioRules(override?: PortfolioRulesOverride | null): PortfolioRules {
  return { ...DEFAULT_PORTFOLIO_RULES, ...Object.fromEntries(Object.entries(override ?? {}).filter(([, v]) => v !== undefined)) };
}

export interface PortfolioReason {
  signal: PortfolioSignal;
  count: number;
  /** The status this signal alone gives. */
  status: Exclude<PortfolioStatus, 'on-track'>;
  label: { sv: string; en: string };
}

export interface PortfolioAssessment {
  status: PortfolioStatus;
  /** Why, worst first; empty when on track. */
  reasons: PortfolioReason[];
}

const LABELS: Record<PortfolioSignal, (n: number) => { sv: string; en: string }> = {
  overdueTasks: (n) => ({ sv: n === 1 ? '1 försenad uppgift' : `${n} försenade uppgifter`, en: n === 1 ? '1 overdue task' : `${n} overdue tasks` }),
  overdueGates: (n) => ({ sv: n === 1 ? 'Beslutspunkten väntar efter sitt slutdatum' : `${n} beslutspunkter väntar efter sitt slutdatum`, en: n === 1 ? 'The gate is waiting past its due date' : `${n} gates waiting past their due date` }),
  activitiesWithoutReport: (n) => ({ sv: n === 1 ? '1 aktivitet saknar statusrapport' : `${n} aktiviteter saknar statusrapport`, en: n === 1 ? '1 activity without a status report' : `${n} activities without a status report` }),
  indicatorsBehind: (n) => ({ sv: n === 1 ? '1 indikator under målkurvan' : `${n} indikatorer under målkurvan`, en: n === 1 ? '1 indicator behind target' : `${n} indicators behind target` }),
  offersExpiring: (n) => ({ sv: n === 1 ? '1 erbjudande går snart ut' : `${n} erbjudanden går snart ut`, en: n === 1 ? '1 offer about to expire' : `${n} offers about to expire` }),
};

/** The row's status (the worst any signal gives) and every signal that gives one, worst first. */
export function assessPortfolio(counts: Partial<PortfolioCounts>, rules: PortfolioRules = DEFAULT_PORTFOLIO_RULES): PortfolioAssessment {
  const reasons: PortfolioReason[] = [];
  for (const signal of PORTFOLIO_SIGNALS) {
    const count = counts[signal] ?? 0;
    const { atRisk, offTrack } = rules[signal];
    const status = offTrack !== null && count >= offTrack ? 'off-track' : atRisk !== null && count >= atRisk ? 'at-risk' : null;
    if (status) reasons.push({ signal, count, status, label: LABELS[signal](count) });
  }
  reasons.sort((a, b) => rank(b.status) - rank(a.status));
  return { status: reasons[0]?.status ?? 'on-track', reasons };
}

function rank(status: PortfolioStatus): number {
  return PORTFOLIO_STATUSES.indexOf(status);
}
