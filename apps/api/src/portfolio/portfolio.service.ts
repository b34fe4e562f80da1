import { Inject, Injectable } from '@nestjs/common';
import { assessPortfolio, indicatorOnTrack, portfolioRules, PORTFOLIO_STATUSES, type PortfolioCounts, type ProgramTemplate } from '@gov/domain';
import { PortfolioRepository, TemplateStore, type PortfolioCohortRow, type PortfolioProgramRow, type PortfolioTaskCounts } from '@gov/persistence';
import type { PortfolioQuery } from './portfolio.dto.js';
import type { PortfolioCountsView, PortfolioPhaseView, PortfolioRowView, PortfolioView } from './portfolio.views.js';

/** How far the overview reads: the newest programs and cohorts, and the organizations in the chart. */
const MAX_PROGRAMS = 200;
const MAX_COHORTS = 200;
const MAX_ORGANIZATIONS = 30;
/** "Due soon" as the inbox has it: within three days. */
const SOON_MS = 3 * 86_400_000;

/** A cohort's stage from its dates, as the Fast Track seed runs it: info meeting, interest registration, then admission and the modules. */
const COHORT_STAGES = {
  'before-info-meeting': { sv: 'Före informationsmötet', en: 'Before the info meeting' },
  'interest-registration': { sv: 'Intresseanmälan', en: 'Interest registration' },
  'under-way': { sv: 'Antagning och genomförande', en: 'Admission and studies' },
} as const;

const NO_TASKS: Omit<PortfolioTaskCounts, 'programId' | 'cohortId'> = { overdueTasks: 0, dueSoonTasks: 0, gatesWaiting: 0, overdueGates: 0, activitiesWithoutReport: 0, offersExpiring: 0 };

/**
 * The project office's portfolio: every program and cohort with where it stands, its status by
 * its template's rules (the default ones unless the template sets its own) and why, the counts that
 * need action, and overdue and due-soon tasks per organization — all from the projections.
 */
@Injectable()
export class PortfolioService {
  constructor(
    @Inject(PortfolioRepository) private readonly portfolio: PortfolioRepository,
    @Inject(TemplateStore) private readonly store: TemplateStore,
  ) {}

  async overview(query: PortfolioQuery, now = new Date()): Promise<PortfolioView> {
    const programs = await this.portfolio.programs(MAX_PROGRAMS + 1);
    const truncatedPrograms = programs.length > MAX_PROGRAMS;
    const shown = programs.slice(0, MAX_PROGRAMS);
    const ids = shown.map((p) => p.id);
    const [cohortRows, tasks, indicators, byOrganization] = await Promise.all([
      this.portfolio.cohorts(ids, MAX_COHORTS + 1),
      this.portfolio.taskCounts(ids, now, SOON_MS, query.organizationId),
      this.portfolio.indicators(ids),
      this.portfolio.byOrganization(ids, now, SOON_MS, MAX_ORGANIZATIONS, query.organizationId),
    ]);
    const cohorts = cohortRows.slice(0, MAX_COHORTS);
    // Template versions never change once stored, so the store answers these from memory after the first read.
    const templates = new Map<string, ProgramTemplate | undefined>();
    for (const p of shown) {
      const k = `${p.templateKey}@${p.templateVersion}`;
      if (!templates.has(k)) templates.set(k, await this.store.find(p.templateKey, p.templateVersion));
    }
    const templateOf = (p: PortfolioProgramRow) => templates.get(`${p.templateKey}@${p.templateVersion}`);
    const cohortIds = new Set(cohorts.map((c) => c.id));
    const countsOf = (programId: string, cohortId: string | null) => {
      // A task naming a cohort the overview does not show stays with its program.
      const own = tasks.filter((t) => t.programId === programId && (cohortId ? t.cohortId === cohortId : !t.cohortId || !cohortIds.has(t.cohortId)));
      return own.reduce((sum, t) => ({ ...sum, ...Object.fromEntries(Object.keys(NO_TASKS).map((k) => [k, sum[k as keyof typeof NO_TASKS] + t[k as keyof typeof NO_TASKS]])) }), { ...NO_TASKS });
    };
    const behind = (programId: string) =>
      indicators.filter(
        (i) =>
          i.programId === programId &&
          indicatorOnTrack(
            { baselineYear: i.baselineYear, baselineValue: Number(i.baselineValue), targetYear: i.targetYear, targetValue: Number(i.targetValue) },
            i.latestYear === null || i.latestValue === null ? null : { year: i.latestYear, value: Number(i.latestValue) },
          ) === false,
      ).length;

    const byId = new Map(shown.map((p) => [p.id, p]));
    const rows: PortfolioRowView[] = [];
    if (query.kind !== 'cohort') {
      for (const p of shown) {
        const template = templateOf(p);
        const phase = p.status === 'active' && p.phaseKey ? template?.phases.find((ph) => ph.key === p.phaseKey) : undefined;
        const counts = { ...countsOf(p.id, null), indicatorsBehind: behind(p.id), offersExpiring: 0 };
        rows.push(this.row('program', p.id, p, p.name, phase ? { key: phase.key, name: phase.name } : p.status === 'active' && p.phaseKey ? { key: p.phaseKey, name: { sv: p.phaseKey, en: p.phaseKey } } : null, counts, template));
      }
    }
    if (query.kind !== 'program') {
      for (const c of cohorts) {
        const p = byId.get(c.programId)!;
        const counts = { ...countsOf(p.id, c.id), indicatorsBehind: 0 };
        rows.push(this.row('cohort', c.id, p, c.name, p.status === 'active' ? this.stage(c, now) : null, counts, templateOf(p)));
      }
    }
    const totals = {
      gatesWaiting: sum(rows, 'gatesWaiting'),
      overdueTasks: sum(rows, 'overdueTasks'),
      offersExpiring: sum(rows, 'offersExpiring'),
      activitiesWithoutReport: sum(rows, 'activitiesWithoutReport'),
    };
    const rank = (status: string) => PORTFOLIO_STATUSES.indexOf(status as (typeof PORTFOLIO_STATUSES)[number]);
    const items = rows
      .filter((r) => (!query.status || r.status === query.status) && (!query.needs || r.counts[query.needs] > 0))
      .sort((a, b) => rank(b.status) - rank(a.status) || a.programName.localeCompare(b.programName, 'sv') || a.name.localeCompare(b.name, 'sv'));
    return { items, totals, byOrganization, truncated: truncatedPrograms || cohortRows.length > MAX_COHORTS, at: now.toISOString() };
  }

  private row(kind: 'program' | 'cohort', id: string, program: PortfolioProgramRow, name: string, phase: PortfolioPhaseView | null, counts: PortfolioCountsView, template?: ProgramTemplate): PortfolioRowView {
    const signals: PortfolioCounts = { overdueTasks: counts.overdueTasks, overdueGates: counts.overdueGates, activitiesWithoutReport: counts.activitiesWithoutReport, indicatorsBehind: counts.indicatorsBehind, offersExpiring: counts.offersExpiring };
    // A closed program needs nothing more.
    const { status, reasons } = program.status === 'closed' ? { status: 'on-track' as const, reasons: [] } : assessPortfolio(signals, portfolioRules(template?.portfolio));
    return { kind, id, programId: program.id, name, programName: program.name, templateKey: program.templateKey, programStatus: program.status, phase, status, reasons, counts };
  }

  private stage(c: PortfolioCohortRow, now: Date): PortfolioPhaseView {
    const key = now < c.infoMeetingAt ? 'before-info-meeting' : now < c.interestClosesAt ? 'interest-registration' : 'under-way';
    return { key, name: { ...COHORT_STAGES[key] } };
  }
}

function sum(rows: PortfolioRowView[], key: keyof PortfolioCountsView): number {
  return rows.reduce((n, r) => n + r.counts[key], 0);
}
