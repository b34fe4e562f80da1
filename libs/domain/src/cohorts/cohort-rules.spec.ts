import { describe, expect, it } from '@jest/globals';
import { admissionRefusal, offersToMake, type ListEntry } from './admission.js';
import { completedPerWeek, cumulative, levelDevelopment, moduleShares, weeksAheadOfReference } from './cohort-analytics.js';
import { accessibleModules, itemsDonePerModule, moduleOrder, plannedThrough, proposeAdvancedTrack, studyPlan, weeksAhead, type CohortModule } from './study-plan.js';

const lists: ListEntry[] = [
  { personId: 'p1', list: 'passive-interest', position: 1 },
  { personId: 'a1', list: 'active-interest', position: 2 },
  { personId: 'w2', list: 'waiting', position: 5 },
  { personId: 'w1', list: 'waiting', position: 3 },
  { personId: 'a2', list: 'active-interest', position: 1 },
];

describe('admission and the three lists', () => {
  it('offers free places waiting list first, then active, then passive interest, in joining order', () => {
    expect(offersToMake(1, lists, [])).toEqual(['w1']);
    expect(offersToMake(4, lists, [])).toEqual(['w1', 'w2', 'a2', 'a1']);
  });

  it('never offers one place twice nor leaves one unoffered when offers are open, declined or expired', () => {
    // Two withdrawals at once: two places, two offers — applied again, nothing more.
    const first = offersToMake(2, lists, []);
    expect(first).toEqual(['w1', 'w2']);
    const open = first.map((personId) => ({ personId, status: 'open' as const }));
    expect(offersToMake(2, lists, open)).toEqual([]);
    // w1 declines: the place moves on to the next person, w2's offer stands.
    expect(offersToMake(2, lists, [{ personId: 'w1', status: 'declined' }, { personId: 'w2', status: 'open' }])).toEqual(['a2']);
    // Everyone asked: nobody left to offer to.
    expect(offersToMake(1, lists, lists.map((e) => ({ personId: e.personId, status: 'expired' as const })))).toEqual([]);
  });

  it('refuses admission beyond capacity', () => {
    expect(admissionRefusal(11, 12, false)).toBeNull();
    expect(admissionRefusal(12, 12, false)).toMatch(/full: 12 of 12/);
    expect(admissionRefusal(3, 12, true)).toMatch(/already admitted/);
  });
});

const modules: CohortModule[] = [
  { key: 'cloud-basics', items: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }], requires: ['it-basics'] },
  { key: 'it-basics', items: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }], requires: [] },
  { key: 'data-engineering', items: [{ key: 'a' }, { key: 'b' }, { key: 'c' }, { key: 'd' }, { key: 'e' }, { key: 'f' }, { key: 'g' }, { key: 'h' }, { key: 'i' }, { key: 'j' }, { key: 'k' }, { key: 'l' }], requires: ['cloud-basics'] },
];

describe('tailored study plans', () => {
  it('puts every module after the ones it requires', () => {
    expect(moduleOrder(modules).map((m) => m.key)).toEqual(['it-basics', 'cloud-basics', 'data-engineering']);
    expect(() => moduleOrder([{ key: 'x', items: [], requires: ['x'] }])).toThrow(/requires itself/);
  });

  it('spreads all items over the weeks, faster or slower after pace, knowledge and ambition', () => {
    const base = { modules, weeks: 10, pace: 1, level: 'good' as const, universityStudies: false, ambition: 1 };
    const normal = studyPlan(base);
    expect(normal).toHaveLength(10);
    expect(plannedThrough(normal, 10)).toBe(20);
    expect(normal[0].items[0]).toBe('it-basics/a');
    const fast = studyPlan({ ...base, pace: 1.25, level: 'very-good', universityStudies: true });
    expect(fast.length).toBeLessThan(10);
    const slow = studyPlan({ ...base, pace: 0.8, level: 'basic' });
    expect(slow.length).toBeGreaterThan(10);
    expect(plannedThrough(slow, slow.length)).toBe(20);
  });

  it('measures weeks ahead of plan and proposes the advanced track to those far ahead', () => {
    const plan = studyPlan({ modules, weeks: 10, pace: 1, level: 'good', universityStudies: false, ambition: 1 });
    expect(weeksAhead(plan, 8, 4)).toBe(0);
    expect(weeksAhead(plan, 12, 4)).toBe(2);
    expect(weeksAhead(plan, 4, 4)).toBe(-2);
    expect(proposeAdvancedTrack(2, 2)).toBe(true);
    expect(proposeAdvancedTrack(1.5, 2)).toBe(false);
  });
});

describe('cohort analytics', () => {
  it('sums completed items per week, module shares and knowledge levels over time', () => {
    expect(completedPerWeek([{ participantId: 'x', week: 1, completed: 2 }, { participantId: 'y', week: 1, completed: 3 }, { participantId: 'x', week: 3, completed: 1 }], 4)).toEqual([5, 0, 1, 0]);
    const done = new Map([
      ['x', new Map([['it-basics', 4], ['cloud-basics', 1]])],
      ['y', new Map([['it-basics', 2]])],
    ]);
    expect(moduleShares([{ key: 'it-basics', items: 4 }, { key: 'cloud-basics', items: 4 }], done)).toEqual([
      { module: 'it-basics', started: 1, finished: 0.5 },
      { module: 'cloud-basics', started: 0.5, finished: 0 },
    ]);
    expect(levelDevelopment([{ participantId: 'x', week: 0, level: 'basic' }, { participantId: 'y', week: 0, level: 'good' }, { participantId: 'x', week: 5, level: 'good' }])).toEqual([
      { week: 0, levels: { basic: 1, good: 1, 'very-good': 0 } },
      { week: 5, levels: { basic: 0, good: 2, 'very-good': 0 } },
    ]);
  });

  it('reports weeks ahead of a reference cohort, as "1–2 weeks ahead"', () => {
    const reference = cumulative([1, 1, 2, 2, 2, 2]);
    const ours = cumulative([2, 2, 2, 2, 2]);
    expect(weeksAheadOfReference(ours, reference)).toEqual([1, 1, 1, 1, 1]);
    expect(weeksAheadOfReference([1, 2], reference)).toEqual([0, 0]);
  });
});

describe('course material, module by module', () => {
  const modules: CohortModule[] = [
    { key: 'foundations', items: [{ key: 'a' }, { key: 'b' }], requires: [] },
    { key: 'cloud', items: [{ key: 'c' }, { key: 'd' }, { key: 'e' }], requires: ['foundations'] },
    { key: 'data', items: [{ key: 'f' }], requires: ['cloud'] },
    { key: 'career', items: [{ key: 'g' }], requires: [] },
  ];

  it('counts items done per module in prerequisite order', () => {
    expect([...itemsDonePerModule(moduleOrder(modules), 4)]).toEqual([
      ['foundations', 2],
      ['cloud', 2],
      ['data', 0],
      ['career', 0],
    ]);
  });

  it('opens a module only when every module it requires is finished', () => {
    expect(accessibleModules(modules, 0)).toEqual(['foundations', 'career']);
    expect(accessibleModules(modules, 1)).toEqual(['foundations', 'career']);
    expect(accessibleModules(modules, 2)).toEqual(['foundations', 'cloud', 'career']);
    expect(accessibleModules(modules, 4)).toEqual(['foundations', 'cloud', 'career']);
    expect(accessibleModules(modules, 5)).toEqual(['foundations', 'cloud', 'data', 'career']);
  });
});
