import { describe, expect, it } from '@jest/globals';
import { findTemplate, parseProgramTemplate, TemplateValidationError } from '../index.js';
import { assessPortfolio, DEFAULT_PORTFOLIO_RULES, portfolioRules, portfolioRulesSchema } from './portfolio-status.js';

describe('the portfolio status of a program or cohort', () => {
  it('is on track without anything that needs action, and says no reason', () => {
    expect(assessPortfolio({})).toEqual({ status: 'on-track', reasons: [] });
    expect(assessPortfolio({ overdueTasks: 0, overdueGates: 0, indicatorsBehind: 0 }).status).toBe('on-track');
  });

  it('puts a program at risk for one overdue task and off track from five, with the reason in both languages', () => {
    const one = assessPortfolio({ overdueTasks: 1 });
    expect(one.status).toBe('at-risk');
    expect(one.reasons).toEqual([{ signal: 'overdueTasks', count: 1, status: 'at-risk', label: { sv: '1 försenad uppgift', en: '1 overdue task' } }]);
    expect(assessPortfolio({ overdueTasks: 4 }).status).toBe('at-risk');
    const five = assessPortfolio({ overdueTasks: 5 });
    expect(five.status).toBe('off-track');
    expect(five.reasons[0].label).toEqual({ sv: '5 försenade uppgifter', en: '5 overdue tasks' });
  });

  it('is off track as soon as a gate waits past its due date', () => {
    expect(assessPortfolio({ overdueGates: 1 }).status).toBe('off-track');
  });

  it('counts late status reports, indicators behind their line and expiring offers as risks, the worst reason first', () => {
    const a = assessPortfolio({ indicatorsBehind: 3, activitiesWithoutReport: 3, offersExpiring: 1 });
    expect(a.status).toBe('off-track');
    expect(a.reasons.map((r) => [r.signal, r.status])).toEqual([
      ['activitiesWithoutReport', 'off-track'],
      ['indicatorsBehind', 'at-risk'],
      ['offersExpiring', 'at-risk'],
    ]);
    expect(assessPortfolio({ indicatorsBehind: 100 }).status).toBe('at-risk');
  });

  it('takes a template’s thresholds signal by signal, keeping the default for the others', () => {
    const override = portfolioRulesSchema.parse({ overdueTasks: { atRisk: 3, offTrack: 10 }, indicatorsBehind: { atRisk: null, offTrack: null } });
    const rules = portfolioRules(override);
    expect(rules.overdueGates).toEqual(DEFAULT_PORTFOLIO_RULES.overdueGates);
    expect(assessPortfolio({ overdueTasks: 2, indicatorsBehind: 4 }, rules).status).toBe('on-track');
    expect(assessPortfolio({ overdueTasks: 3 }, rules).status).toBe('at-risk');
    expect(assessPortfolio({ overdueTasks: 10 }, rules).status).toBe('off-track');
    expect(portfolioRules(undefined)).toEqual(DEFAULT_PORTFOLIO_RULES);
  });

  it('refuses thresholds that are not whole positive numbers, off track below at risk, or unknown signals', () => {
    expect(portfolioRulesSchema.safeParse({ overdueTasks: { atRisk: 0, offTrack: 2 } }).success).toBe(false);
    expect(portfolioRulesSchema.safeParse({ overdueTasks: { atRisk: 3, offTrack: 2 } }).success).toBe(false);
    expect(portfolioRulesSchema.safeParse({ lateLunches: { atRisk: 1, offTrack: 2 } }).success).toBe(false);
    expect(portfolioRulesSchema.safeParse({ overdueTasks: { atRisk: 1.5, offTrack: null } }).success).toBe(false);
  });
});

describe("a template's portfolio section", () => {
  const skolaForst = findTemplate('skola-forst', 3)!;

  it('is optional, and a template may set its own thresholds in it', () => {
    expect(skolaForst.portfolio).toBeUndefined();
    const own = parseProgramTemplate({ ...skolaForst, key: 'skola-forst-strikt', portfolio: { overdueTasks: { atRisk: 1, offTrack: 2 } } });
    expect(assessPortfolio({ overdueTasks: 2 }, portfolioRules(own.portfolio)).status).toBe('off-track');
    expect(assessPortfolio({ overdueTasks: 2 }, portfolioRules(skolaForst.portfolio)).status).toBe('at-risk');
  });

  it('refuses a template whose thresholds are malformed, naming the path', () => {
    let error: unknown;
    try {
      parseProgramTemplate({ ...skolaForst, key: 'skola-forst-fel', portfolio: { overdueTasks: { atRisk: 0, offTrack: 2 } } });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateValidationError);
    expect((error as TemplateValidationError).issues.map((i) => i.path)).toEqual([expect.stringMatching(/^portfolio.*overdueTasks.*atRisk/)]);
  });
});
