import { describe, expect, it } from '@jest/globals';
import { activityMatrix, scaleUpProblem } from './activity-matrix.js';
import { networkMeetingAt, statusTasksAt } from './network-schedule.js';
import { escapeMarkdown, phaseReportMarkdown, type PhaseReport } from './phase-report.js';
import { editRefusal, type PhaseSnapshot, type ProgramPosition } from './phase-steps.js';
import { stepProblems, type StepRecordData } from './step-kinds.js';
import { legacyPlan } from './program-plan.js';
import { effectiveGovernance } from '../templates/program-template.js';
import { findTemplate } from '../templates/template-catalog.js';

const WEEK = 7 * 86_400_000;
const complete: PhaseSnapshot = {
  questions: 5,
  sessions: 4,
  needs: 450,
  uncategorizedNeedIds: [],
  focusAreas: 3,
  focusAreaCount: 3,
  rolesWithoutBodies: [],
  gateOwnerSet: true,
  networkMembers: 6,
  networkStarted: true,
  communicationItems: 4,
  openActivities: 0,
};

const skolaForstSteps = legacyPlan('skola-forst', 2)!.phases.flatMap((p) => p.steps);
const kindOf = (key: string) => skolaForstSteps.find((s) => s.key === key)!.kind;
const stepCompletionProblems = (key: string, snapshot: PhaseSnapshot) => stepProblems({ snapshot, step: { key, kind: kindOf(key) }, record: null });

describe('phase steps', () => {
  const at = (stepKey: string | null, extra: Partial<ProgramPosition> = {}): ProgramPosition => ({ status: 'active', phaseKey: 'needs-analysis', stepKey, stepStatus: 'open', gateOpen: false, ...extra });

  it('lets data change only in its own steps', () => {
    expect(editRefusal('needs', at('gathering'), skolaForstSteps)).toBeNull();
    expect(editRefusal('categories', at('gathering'), skolaForstSteps)).toBeNull();
    expect(editRefusal('categories', at('categorization'), skolaForstSteps)).toBeNull();
    expect(editRefusal('needs', at('categorization'), skolaForstSteps)).toMatch(/only in the step 'gathering'; the program is at step 'categorization'/);
    expect(editRefusal('needs', at('gathering', { stepStatus: 'completed' }), skolaForstSteps)).toMatch(/completed, the next step is opening/);
    expect(editRefusal('focusAreas', at(null, { gateOpen: true }), skolaForstSteps)).toMatch(/gate decision/);
    expect(editRefusal('sessions', at('plan-gathering', { status: 'closed' }), skolaForstSteps)).toMatch(/closed/);
  });

  it('completes a step only when its data is complete, naming what is missing', () => {
    for (const step of ['plan-gathering', 'gathering', 'categorization', 'focus-areas', 'collaboration-model', 'network', 'communication-plan', 'phase-report', 'activities']) {
      expect(stepCompletionProblems(step, complete)).toEqual([]);
    }
    const ids = ['a', 'b', 'c'];
    const [problem] = stepCompletionProblems('categorization', { ...complete, uncategorizedNeedIds: ids });
    expect(problem.message).toBe("3 of 450 needs have no category yet; every need must get one of the template's categories before categorization can complete.");
    expect(problem.details).toEqual({ uncategorizedCount: 3, uncategorizedNeedIds: ids });
    expect(stepCompletionProblems('focus-areas', { ...complete, focusAreas: 2 })[0].message).toBe('Choose exactly 3 focus areas; 2 chosen.');
    expect(stepCompletionProblems('collaboration-model', { ...complete, rolesWithoutBodies: ['reference-group'], gateOwnerSet: false })).toHaveLength(2);
    expect(stepCompletionProblems('network', { ...complete, networkStarted: false })[0].message).toMatch(/not been started/);
    expect(stepCompletionProblems('activities', { ...complete, openActivities: 2 })[0].message).toMatch(/^2 activities are still/);
  });

  it('completes generic steps by what was recorded in them', () => {
    const form = { key: 'directive', kind: 'form', form: { fields: [{ key: 'goal', label: { sv: 'Mål', en: 'Goal' }, type: 'text' as const, required: true }, { key: 'budget', label: { sv: 'Budget', en: 'Budget' }, type: 'number' as const }] } };
    const check = (step: typeof form | object, record: StepRecordData | null) => stepProblems({ snapshot: complete, step: step as typeof form, record });
    expect(check(form, null)[0].message).toBe('The form has not been filled in yet.');
    expect(check(form, { kind: 'form', answers: { budget: 5 } })[0].details).toEqual({ missingFields: ['goal'] });
    expect(check(form, { kind: 'form', answers: { goal: 'Bättre skolresultat' } })).toEqual([]);
    const checklist = { key: 'docs', kind: 'checklist', checklist: { items: [{ key: 'directive', name: { sv: 'Direktiv', en: 'Directive' }, evidence: 'required' }, { key: 'budget', name: { sv: 'Budget', en: 'Budget' }, evidence: 'none' }] } };
    expect(check(checklist, { kind: 'checklist', items: { directive: { done: true } } }).map((p) => p.details)).toEqual([{ openItems: ['budget'] }, { itemsWithoutEvidence: ['directive'] }]);
    expect(check(checklist, { kind: 'checklist', items: { directive: { done: true, evidence: 'https://intranet.example/d.pdf' }, budget: { done: true } } })).toEqual([]);
    const doc = { key: 'report', kind: 'document', document: { deliverable: { sv: 'Slutrapport', en: 'Closing report' } } };
    const v = (version: number) => ({ version, title: 'Slutrapport', link: 'https://intranet.example/r.pdf', recordedBy: 'p', recordedAt: '2026-12-01T10:00:00Z' });
    expect(check(doc, null)[0].message).toMatch(/No version/);
    expect(check(doc, { kind: 'document', versions: [v(1), v(2)], approved: { version: 1, by: 'p', at: '2026-12-01T11:00:00Z' } })[0].message).toBe('Version 2 of the document has not been approved.');
    expect(check(doc, { kind: 'document', versions: [v(1), v(2)], approved: { version: 2, by: 'p', at: '2026-12-01T11:00:00Z' } })).toEqual([]);
  });
});

describe('network cadence', () => {
  const cadence = { initialEvery: 'P4W', initialMeetings: 3, thenEvery: 'P13W', statusReportBefore: 'P7D' };
  const kickoff = Date.parse('2019-04-10T07:00:00Z');

  it('meets densely after the kickoff, then about four times a year', () => {
    const offsets = [0, 1, 2, 3, 4, 5].map((n) => (networkMeetingAt(kickoff, cadence, n) - kickoff) / WEEK);
    expect(offsets).toEqual([0, 4, 8, 12, 25, 38]);
    expect(52 / 13).toBe(4);
  });

  it('opens the status reports a week before each meeting', () => {
    expect(networkMeetingAt(kickoff, cadence, 2) - statusTasksAt(kickoff, cadence, 2)).toBe(WEEK);
  });
});

describe('activity matrix', () => {
  it('counts every activity in each cell it spans, by status', () => {
    const cells = activityMatrix(['a', 'b'], ['unit', 'individual'], [
      { focusAreaKeys: ['a'], levelKeys: ['unit'], status: 'planning' },
      { focusAreaKeys: ['a', 'b'], levelKeys: ['unit', 'individual'], status: 'ended' },
      { focusAreaKeys: ['x'], levelKeys: ['unit'], status: 'ended' },
    ]);
    expect(cells).toHaveLength(4);
    expect(cells.find((c) => c.focusAreaKey === 'a' && c.levelKey === 'unit')).toMatchObject({ total: 2, byStatus: { planning: 1, ended: 1, execution: 0 } });
    expect(cells.find((c) => c.focusAreaKey === 'b' && c.levelKey === 'individual')).toMatchObject({ total: 1, byStatus: { ended: 1 } });
  });

  it('scales up only to a wider level or more owners (keeping the current ones)', () => {
    const levels = ['individual', 'unit', 'department-company'];
    const from = { levelKeys: ['unit'], ownerIds: ['o1'] };
    expect(scaleUpProblem(levels, from, { levelKeys: ['department-company'], ownerIds: ['o1'] })).toBeNull();
    expect(scaleUpProblem(levels, from, { levelKeys: ['unit'], ownerIds: ['o1', 'o2'] })).toBeNull();
    expect(scaleUpProblem(levels, from, { levelKeys: ['individual'], ownerIds: ['o1'] })).toMatch(/wider level/);
    expect(scaleUpProblem(levels, from, { levelKeys: ['unit'], ownerIds: ['o2', 'o3'] })).toMatch(/wider level/);
  });
});

describe('program governance overrides', () => {
  const template = findTemplate('skola-forst')!;

  it("puts a program's overrides over the template's lists and validates the whole", () => {
    const g = effectiveGovernance(template, { network: { initialEvery: 'PT4S', initialMeetings: 2, thenEvery: 'PT8S', statusReportBefore: 'PT1S' } });
    expect(g.network?.thenEvery).toBe('PT8S');
    expect(g.needCategories).toHaveLength(9);
    expect(g.durations).toEqual({ step: 'P14D', gate: 'P14D', activityPlanning: 'P30D', activityEvaluation: 'P30D', yearlyCheckEvery: 'P52W' });
    expect(() => effectiveGovernance(template, { focusAreas: { count: 2, suggestions: template.governance!.focusAreas!.suggestions } })).toThrow(/suggest exactly 2 focus areas/);
    expect(() => effectiveGovernance(template, { matrixLevels: 'many' })).toThrow(/governance\.matrixLevels/);
    expect(() => effectiveGovernance(template, { weather: [] })).toThrow(/weather/);
  });
});

describe('phase report', () => {
  it('renders Markdown in Swedish and English with what users wrote escaped', () => {
    const report: PhaseReport = {
      program: { id: 'p', name: 'Skola först <script>', templateKey: 'skola-forst', templateVersion: 2 },
      generatedAt: '2019-03-31T10:00:00.000Z',
      questions: [{ key: 'q1', text: { sv: 'Fråga', en: 'Question' }, subQuestions: [{ key: 'q1a', text: { sv: 'Delfråga', en: 'Sub-question' } }] }],
      sessions: { total: 1, byKind: [{ key: 'workshop', name: { sv: 'Workshop', en: 'Workshop' }, sessions: 1, needs: 2 }], byParticipantGroup: [] },
      needs: { total: 2, uncategorized: 0, byCategory: [{ key: 'health', name: { sv: 'Hälsa', en: 'Health' }, count: 2, share: 1 }] },
      focusAreas: [{ key: 'f', name: { sv: 'Fokus | ett', en: 'Focus one' }, categories: [{ key: 'health', name: { sv: 'Hälsa', en: 'Health' } }] }],
      collaborationModel: [{ roleKey: 'steering-group', roleName: { sv: 'Styrgrupp', en: 'Steering group' }, bodies: ['Hållbarhetsarenan'] }],
      network: { started: false, kickoffAt: null, members: [], meetings: [] },
      communicationPlan: [{ title: 'Intranät', channel: { sv: 'Intranät', en: 'Intranet' }, audience: { sv: 'Nämnder', en: 'Boards' }, recurrence: 'continuous', dueOn: '2019-04-30' }],
    };
    const sv = phaseReportMarkdown(report, 'sv');
    expect(sv).toContain('# Delrapport: Skola först \\<script\\>');
    expect(sv).toContain('| Hälsa | 2 | 100.0 % |');
    expect(sv).toContain('**Fokus \\| ett**');
    expect(sv).toContain('Nätverket är inte startat.');
    expect(sv).toContain('| Intranät | Intranät | Nämnder | Löpande | 2019-04-30 |');
    expect(phaseReportMarkdown(report, 'en')).toContain('## Needs per category');
    expect(escapeMarkdown('a*b_c\nd')).toBe('a\\*b\\_c d');
  });
});
