import { describe, expect, it } from '@jest/globals';
import {
  cohortKnowledgeLevels,
  cohortLists,
  FAST_TRACK_LISTS,
  findTemplate,
  interviewOutcomes,
  levelDevelopment,
  levelFactorOf,
  offersToMake,
  parseProgramTemplate,
  studyPlan,
  TemplateValidationError,
  unknownCohortKey,
  type ProgramTemplate,
} from '@gov/domain';

function issuesOf(data: unknown): { path: string; message: string }[] {
  try {
    parseProgramTemplate(data);
  } catch (err) {
    if (err instanceof TemplateValidationError) return err.issues;
    throw err;
  }
  return [];
}

const yrkessvenska = () => findTemplate('yrkessvenska')!;
const withCohort = (t: ProgramTemplate, cohort: Record<string, unknown>) => ({ ...t, cohort: { ...t.cohort, ...cohort } });
const label = (key: string) => ({ key, name: { sv: key, en: key } });

describe('cohort templates of any shape', () => {
  it('accepts the second built-in cohort template: two lists in offer order, four knowledge levels, its own modules and paces', () => {
    const t = parseProgramTemplate(yrkessvenska());
    expect(t.kind).toBe('cohort');
    expect(t.name).toEqual({ sv: 'Yrkessvenska för vårdbiträden', en: 'Vocational Swedish for care assistants' });
    const c = t.cohort!;
    expect(c.lists.map((l) => l.key)).toEqual(['reserves', 'interest']);
    expect(c.knowledgeLevels.map((l) => l.key)).toEqual(['a2', 'b1', 'b2', 'c1']);
    expect(c.modules.find((m) => m.key === 'documentation')!.requires).toEqual(['care-communication']);
    expect(c.paceProfiles.map((p) => p.key)).toEqual(['part-time', 'planned', 'intensive']);
  });

  it('accepts any number of lists (one or more) and levels (two or more)', () => {
    const t = findTemplate('fast-track')!;
    expect(issuesOf(withCohort(t, { lists: [label('only-list')] }))).toEqual([]);
    expect(issuesOf(withCohort(t, { lists: ['aa', 'bb', 'cc', 'dd', 'ee'].map(label), knowledgeLevels: ['l1', 'l2'].map(label) }))).toEqual([]);
  });

  it('refuses a duplicate list key, a list named after a status, and no list, with the path', () => {
    const t = yrkessvenska();
    expect(issuesOf(withCohort(t, { lists: [label('reserves'), label('interest'), label('reserves')] }))).toEqual([{ path: 'cohort.lists[2].key', message: "duplicate list key 'reserves'" }]);
    expect(issuesOf(withCohort(t, { lists: [label('reserves'), label('admitted')] }))).toEqual([
      { path: 'cohort.lists[1].key', message: "'admitted' is a status in the cohort, not a list: choose another key" },
    ]);
    expect(issuesOf(withCohort(t, { lists: [] }))[0].path).toBe('cohort.lists');
  });

  it('refuses fewer than two knowledge levels, a duplicate level, and levels not lowest first, with the path', () => {
    const t = yrkessvenska();
    const one = issuesOf(withCohort(t, { knowledgeLevels: [label('a2')] }));
    expect(one).toHaveLength(1);
    expect(one[0].path).toBe('cohort.knowledgeLevels');
    expect(one[0].message).toMatch(/2/);
    expect(issuesOf(withCohort(t, { knowledgeLevels: [label('a2'), label('b1'), label('a2')] }))).toEqual([{ path: 'cohort.knowledgeLevels[2].key', message: "duplicate knowledge level key 'a2'" }]);
    expect(
      issuesOf(withCohort(t, { knowledgeLevels: [{ ...label('a2'), factor: 1 }, { ...label('b1'), factor: 0.8 }] })),
    ).toEqual([{ path: 'cohort.knowledgeLevels[1].factor', message: "knowledge levels go lowest first: factor 0.8 is below the previous level's 1" }]);
  });

  it('refuses the old fixed shape (listOrder) in a template: lists replace it', () => {
    const { lists: _lists, ...rest } = yrkessvenska().cohort!;
    const issues = issuesOf({ ...yrkessvenska(), cohort: { ...rest, listOrder: ['waiting', 'active-interest', 'passive-interest'] } });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['cohort.lists', 'cohort']));
  });

  it("refuses an unknown list key or level at a cohort's edge, naming the field and the keys it takes", () => {
    const c = yrkessvenska().cohort!;
    expect(unknownCohortKey('list', 'waiting', cohortLists(c).map((l) => l.key), 'one of the lists')).toEqual({
      field: 'list',
      message: "'waiting' is not one of the lists of this cohort's template; list must be one of: reserves, interest",
    });
    expect(unknownCohortKey('list', 'interest', cohortLists(c).map((l) => l.key), 'one of the lists')).toBeNull();
    expect(unknownCohortKey('outcome', 'waiting', interviewOutcomes(c), 'an interview outcome')?.message).toMatch(/outcome must be one of: admit, reserves, interest, not-suitable$/);
    expect(unknownCohortKey('level', 'very-good', cohortKnowledgeLevels(c).map((l) => l.key), 'a knowledge level')?.message).toMatch(/level must be one of: a2, b1, b2, c1$/);
  });
});

describe("what a template's lists and levels do", () => {
  it('offers a freed place from the first list in the template order, then the next', () => {
    const order = yrkessvenska().cohort!.lists.map((l) => l.key);
    const entries = [
      { personId: 'i1', list: 'interest', position: 1 },
      { personId: 'r1', list: 'reserves', position: 2 },
      { personId: 'r2', list: 'reserves', position: 3 },
    ];
    expect(offersToMake(1, entries, [], order)).toEqual(['r1']);
    expect(offersToMake(3, entries, [], order)).toEqual(['r1', 'r2', 'i1']);
    // The same entries in the opposite order of lists.
    expect(offersToMake(1, entries, [], [...order].reverse())).toEqual(['i1']);
  });

  it("plans with the template's level factor; Fast Track's levels keep the factors they always had", () => {
    const c = yrkessvenska().cohort!;
    expect(levelFactorOf(c.knowledgeLevels, 'a2')).toBe(0.7);
    expect(levelFactorOf(c.knowledgeLevels, 'c1')).toBe(1.2);
    const ft = findTemplate('fast-track')!.cohort!;
    const base = { modules: ft.modules, weeks: ft.studyWeeks, pace: 1, universityStudies: false, ambition: 1 };
    for (const level of ['basic', 'good', 'very-good']) {
      // A stored Fast Track cohort's levels have no factors: the same plan either way.
      expect(studyPlan({ ...base, level, levelFactor: levelFactorOf(ft.knowledgeLevels, level) })).toEqual(studyPlan({ ...base, level }));
      expect(levelFactorOf([{ key: level }], level)).toBe(levelFactorOf(ft.knowledgeLevels, level));
    }
    const slow = studyPlan({ ...base, modules: c.modules, weeks: c.studyWeeks, level: 'a2', levelFactor: levelFactorOf(c.knowledgeLevels, 'a2') });
    const fast = studyPlan({ ...base, modules: c.modules, weeks: c.studyWeeks, level: 'c1', levelFactor: levelFactorOf(c.knowledgeLevels, 'c1') });
    expect(slow.length).toBeGreaterThan(c.studyWeeks);
    expect(fast.length).toBeLessThan(c.studyWeeks);
  });

  it("counts knowledge levels per the template's levels, every one of them, lowest first", () => {
    const keys = yrkessvenska().cohort!.knowledgeLevels.map((l) => l.key);
    const development = levelDevelopment(
      [
        { participantId: 'x', week: 0, level: 'a2' },
        { participantId: 'y', week: 0, level: 'b1' },
        { participantId: 'x', week: 4, level: 'b1' },
      ],
      keys,
    );
    expect(development).toEqual([
      { week: 0, levels: { a2: 1, b1: 1, b2: 0, c1: 0 } },
      { week: 4, levels: { a2: 0, b1: 2, b2: 0, c1: 0 } },
    ]);
    expect(Object.keys(development[0].levels)).toEqual(keys);
  });

  it("reads a cohort stored with the old shape (listOrder, levels without factors) as Fast Track's lists and levels", () => {
    const stored = { listOrder: ['waiting', 'active-interest', 'passive-interest'], knowledgeLevels: [label('basic'), label('good'), label('very-good')] };
    expect(cohortLists(stored).map((l) => l.key)).toEqual(['waiting', 'active-interest', 'passive-interest']);
    expect(cohortLists(stored)).toEqual(FAST_TRACK_LISTS);
    expect(cohortLists({})).toEqual(FAST_TRACK_LISTS);
    expect(interviewOutcomes(stored)).toEqual(['admit', 'waiting', 'active-interest', 'passive-interest', 'not-suitable']);
    expect(cohortKnowledgeLevels({}).map((l) => l.key)).toEqual(['basic', 'good', 'very-good']);
    expect(cohortLists(findTemplate('fast-track')!.cohort!)).toEqual(FAST_TRACK_LISTS);
  });
});
