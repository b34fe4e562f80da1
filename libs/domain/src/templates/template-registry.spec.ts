import { describe, expect, it } from '@jest/globals';
import { builtInTemplateKeys, findTemplate, gateMaterialOf, journeyPlanOf, legacyPlan, parseProgramTemplate, planOf, TemplateValidationError, validateBuiltInTemplates } from '@gov/domain';
import { compiledCohortSettings } from './cohort-plans.js';

const skolaForstTemplate = findTemplate('skola-forst', 1)!;
const skolaForstTemplateV2 = findTemplate('skola-forst', 2)!;

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to throw');
}

describe('program templates', () => {
  it('validates every built-in template, and parsing a parsed template changes nothing', () => {
    for (const validated of validateBuiltInTemplates()) expect(parseProgramTemplate(validated)).toEqual(validated);
  });

  it('gives the programs started before plans travelled in the input the plan their template files give today', () => {
    for (const [key, version] of [['skola-forst', 1], ['skola-forst', 2], ['fast-track', 1], ['fast-track', 2]] as const) {
      const t = findTemplate(key, version)!;
      expect({ key, version, plan: planOf(t, t.governance) }).toEqual({ key, version, plan: legacyPlan(key, version) });
    }
  });

  it("gives the journeys started before their plan travelled in the input the plan Fast Track's file gives today", () => {
    expect(journeyPlanOf(compiledCohortSettings('fast-track', 2)!)).toEqual(journeyPlanOf(findTemplate('fast-track', 2)!.cohort!));
  });

  it('ships the seed programs and the municipal project model as built-in templates', () => {
    expect(builtInTemplateKeys()).toEqual(expect.arrayContaining(['skola-forst', 'fast-track', 'projektmodell', 'yrkessvenska']));
  });

  it('gives Skola först its two phases with a steering-group gate after phase I, which from version 3 requires its decision material', () => {
    expect(findTemplate('skola-forst', 2)!.phases.map((p) => [p.key, p.gate])).toEqual([
      ['needs-analysis', true],
      ['implementation', false],
    ]);
    const t = findTemplate('skola-forst')!;
    expect(t.phases.map((p) => [p.key, typeof p.gate === 'object' ? p.gate.outcomes.map((o) => `${o.key}:${o.effect}`) : p.gate])).toEqual([
      ['needs-analysis', ['approve:next', 'return:repeat', 'stop:close']],
      ['implementation', false],
    ]);
    expect(gateMaterialOf(t.phases[0]).map((m) => [m.key, m.name.sv])).toEqual([
      ['delrapport', 'Delrapport fas I'],
      ['tjansteskrivelse', 'Tjänsteskrivelse med förslag till beslut'],
    ]);
    // Everything else is version 2's: the same steps, lists and settings.
    expect({ ...t, version: 2, phases: t.phases.map((p, i) => (i === 0 ? { ...p, gate: true } : p)) }).toEqual(findTemplate('skola-forst', 2));
  });

  it('orders the Fast Track stages from info meeting to final report', () => {
    expect(findTemplate('fast-track')!.phases.map((p) => p.key)).toEqual([
      'info-meeting',
      'interest-registration',
      'interviews',
      'admission',
      'modules',
      'project-work',
      'final-report',
    ]);
  });

  it('finds a template by version and returns nothing for an unknown key or version', () => {
    expect(findTemplate('skola-forst', 1)?.version).toBe(1);
    expect(findTemplate('skola-forst')?.version).toBe(3);
    expect(findTemplate('skola-forst', 99)).toBeUndefined();
    expect(findTemplate('no-such-program')).toBeUndefined();
  });

  it('rejects a template with duplicate phase keys and names the offending path', () => {
    const broken = { ...skolaForstTemplate, phases: [skolaForstTemplate.phases[0], skolaForstTemplate.phases[0]] };
    const error = catchError(() => parseProgramTemplate(broken));
    expect(error).toBeInstanceOf(TemplateValidationError);
    expect((error as TemplateValidationError).issues).toEqual([
      { path: 'phases[1].key', message: "duplicate phase key 'needs-analysis'" },
    ]);
  });

  it('rejects unknown properties and missing labels', () => {
    expect(() => parseProgramTemplate({ ...skolaForstTemplate, colour: 'red' })).toThrow(/Unrecognized key/);
    expect(() => parseProgramTemplate({ ...skolaForstTemplate, name: { sv: 'Skola först' } })).toThrow(/name\.en/);
  });

  describe('Skola först version 2: what the phase I report governs', () => {
    const g = findTemplate('skola-forst', 2)!.governance!;

    it('holds the seed’s lists: 9 effect goals, 9 need categories, 5 matrix levels, 3 focus areas, 3 methods', () => {
      expect(g.effectGoals.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(g.effectGoals[3].text.sv).toBe('Alla barn och unga i Västerås ska känna tillit till människor och samhälle');
      expect(g.needCategories.map((c) => c.name.sv)).toEqual([
        'En meningsfull fritid',
        'Lokaler/miljö',
        'Framtidstro/stöd',
        'Hemmet/socioekonomi',
        'Resurser/förutsättningar',
        'Hälsa',
        'Tillit/trygghet',
        'Transport',
        'Skolans eget arbete (t.ex. lärare, lektioner, skolmat, schema m.m.)',
      ]);
      expect(g.matrixLevels.map((l) => l.name.sv)).toEqual(['Individ', 'Enhet', 'Förvaltning/bolag', 'Förvaltningar/bolag i samarbete', 'Extern samverkan']);
      expect(g.focusAreas?.count).toBe(3);
      expect(g.methods.map((m) => m.key)).toEqual(['service-design', 'six-sigma', 'other']);
      expect(g.evaluationDecisions.map((d) => d.key)).toEqual(['end', 'continue', 'scale-up']);
    });

    it('has the five questions (the fifth with two sub-questions), the model’s roles and the network cadence', () => {
      expect(g.questions).toHaveLength(5);
      expect(g.questions[4].subQuestions).toHaveLength(2);
      expect(g.collaborationRoles.map((r) => [r.key, r.suggestedBodies])).toEqual([
        ['commissioner', ['Kommunstyrelsen', 'Koncernledningsgruppen']],
        ['steering-group', ['Hållbarhetsarenan']],
        ['reference-group', ['Processledningsgruppen för social hållbarhet']],
      ]);
      expect(g.sessionKinds.map((k) => k.key)).toEqual(['workshop', 'interview', 'conversation']);
      expect(g.network).toEqual({ initialEvery: 'P4W', initialMeetings: 3, thenEvery: 'P13W', statusReportBefore: 'P7D' });
      expect(findTemplate('skola-forst', 2)!.phases[0].steps.map((s) => s.key)).toEqual([
        'plan-gathering',
        'gathering',
        'categorization',
        'focus-areas',
        'collaboration-model',
        'network',
        'communication-plan',
        'phase-report',
      ]);
    });

    it('gives each step its kind', () => {
      expect(findTemplate('skola-forst', 2)!.phases.flatMap((p) => p.steps.map((s) => s.kind))).toEqual([
        'gathering-plan', 'needs-gathering', 'needs-categorization', 'focus-areas', 'collaboration-model', 'contact-network', 'communication-plan', 'phase-report', 'activities', 'yearly-planning-check',
      ]);
    });

    it('refuses governance data that does not hold together, naming each path', () => {
      const gv = skolaForstTemplateV2.governance!;
      // Malformed values first …
      const malformed = {
        ...skolaForstTemplateV2,
        governance: { ...gv, network: { ...gv.network, thenEvery: 'quarterly' }, reminderPolicies: { ...gv.reminderPolicies, gate: { before: ['P1M'] } } },
      };
      const first = catchError(() => parseProgramTemplate(malformed)) as TemplateValidationError;
      expect(first.issues.map((i) => i.path).sort()).toEqual(['governance.network.thenEvery', 'governance.reminderPolicies.gate']);
      // … then lists that contradict each other.
      const inconsistent = {
        ...skolaForstTemplateV2,
        governance: {
          ...gv,
          needCategories: [...gv.needCategories, gv.needCategories[0]],
          effectGoals: gv.effectGoals.map((e: { number: number }, i: number) => (i === 2 ? { ...e, number: 7 } : e)),
          focusAreas: { count: 4, suggestions: gv.focusAreas!.suggestions },
        },
      };
      const second = catchError(() => parseProgramTemplate(inconsistent)) as TemplateValidationError;
      expect(second.issues).toEqual([
        { path: 'governance.needCategories[9].key', message: "duplicate list key 'meaningful-leisure'" },
        { path: 'governance.effectGoals[2].number', message: 'effect goals are numbered 1, 2, 3 …; expected 3' },
        { path: 'governance.focusAreas.suggestions', message: 'suggest exactly 4 focus areas, or none' },
      ]);
    });
  });
});

describe('the Fast Track cohort template', () => {
  it('carries the seed figures: capacity, the three lists in offer order, modules with prerequisites, pace and levels', () => {
    const c = findTemplate('fast-track')!.cohort!;
    expect(findTemplate('fast-track')!.version).toBe(2);
    expect(c.capacity).toBe(12);
    expect(c.lists.map((l) => l.key)).toEqual(['waiting', 'active-interest', 'passive-interest']);
    expect(c.modules.map((m) => [m.key, m.requires])).toEqual([
      ['it-foundations', []],
      ['cloud-basics', ['it-foundations']],
      ['data-engineering', ['cloud-basics']],
      ['career', []],
    ]);
    expect(c.knowledgeLevels.map((l) => l.key)).toEqual(['basic', 'good', 'very-good']);
    expect(c.advancedTrack.minWeeksAhead).toBe(2);
    expect(findTemplate('fast-track', 1)!.cohort).toBeUndefined();
  });

  it('refuses a cohort whose modules require unknown modules or each other in a circle', () => {
    const v2 = findTemplate('fast-track')!;
    const broken = (modules: unknown) => catchError(() => parseProgramTemplate({ ...v2, cohort: { ...v2.cohort, modules } })) as TemplateValidationError;
    const item = [{ key: 'ab', name: { sv: 'x', en: 'x' } }];
    expect(broken([{ key: 'aa', name: { sv: 'a', en: 'a' }, items: item, requires: ['zz'] }]).issues).toEqual([{ path: 'cohort.modules[0].requires[0]', message: "unknown module 'zz'" }]);
    const circle = broken([
      { key: 'aa', name: { sv: 'a', en: 'a' }, items: item, requires: ['bb'] },
      { key: 'bb', name: { sv: 'b', en: 'b' }, items: item, requires: ['aa'] },
    ]);
    expect(circle.issues[0].message).toMatch(/requires itself/);
  });
});
