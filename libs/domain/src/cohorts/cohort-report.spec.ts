import { describe, expect, it } from '@jest/globals';
import { findTemplate } from '../templates/template-registry.js';
import { participation, type ParticipationEvent } from './cohort-analytics.js';
import { cohortReportMarkdown, type CohortReport } from './cohort-report.js';

const ev = (type: ParticipationEvent['type'], personId: string): ParticipationEvent => ({ type, personId });

describe('who took part in a cohort', () => {
  it('counts a withdrawal before the start as neither participant nor dropout, and a dropout as a participant who started', () => {
    const events = [
      ...['a', 'b', 'c', 'd', 'e'].map((p) => ev('admitted', p)),
      ev('withdrawn', 'a'),
      ev('withdrawn', 'b'),
      ev('admitted', 'f'),
      ...['c', 'd', 'e', 'f'].map((p) => ev('started', p)),
      ev('dropped-out', 'd'),
    ];
    expect(participation(events)).toEqual({ admitted: ['a', 'b', 'c', 'd', 'e', 'f'], withdrawnBeforeStart: ['a', 'b'], started: ['c', 'd', 'e', 'f'], droppedOut: ['d'] });
  });

  it('counts a withdrawal after the assessment as a dropout, and a person given a place again by what happened last', () => {
    const events = [ev('admitted', 'a'), ev('started', 'a'), ev('withdrawn', 'a'), ev('admitted', 'b'), ev('withdrawn', 'b'), ev('admitted', 'b'), ev('withdrawn', 'x')];
    expect(participation(events)).toEqual({ admitted: ['a', 'b'], withdrawnBeforeStart: [], started: ['a', 'b'], droppedOut: ['a'] });
  });
});

describe('the final cohort report', () => {
  const settings = findTemplate('fast-track', 2)!.cohort!;
  const report: CohortReport = {
    cohort: { id: 'c1', name: 'Hösten 2019', infoMeetingAt: '2019-08-20T16:00:00.000Z' },
    generatedAt: '2019-12-20T10:00:00.000Z',
    admission: { attendees: 50, registered: 25, interviewed: 25, capacity: 12, admitted: 15, withdrawn: 3, started: 12, waiting: 2, activeInterest: 4, passiveInterest: 3 },
    lists: settings.lists.map((l, i) => ({ key: l.key, name: l.name, count: [2, 4, 3][i] })),
    outcomes: { projectStarted: 11, projectSubmitted: 11, completed: 11, droppedOut: 1 },
    events: [{ heldOn: '2019-11-14', kind: 'conference-visit', title: 'AWS Summit', attendees: 8 }],
    completedPerWeek: [20, 18],
    modules: settings.modules.slice(0, 2).map((m, i) => ({ module: m.key, name: m.name, started: i ? 0.5 : 1, finished: i ? 0 : 0.75 })),
    levels: settings.knowledgeLevels.map((l) => ({ key: l.key, name: l.name })),
    knowledgeLevels: [{ week: 0, levels: { basic: 4, good: 6, 'very-good': 2 } }],
    advancedTrackParticipants: 1,
    advancedTrackShare: 1 / 12,
    reference: null,
    evaluations: [],
  };

  it('says in Swedish who withdrew before the start, who started and who dropped out, with the shares of those who started', () => {
    const md = cohortReportMarkdown(report, 'sv');
    expect(md).toContain('| Antagna (alla som fått plats) | 15 |');
    expect(md).toContain('| Drog sig ur före start | 3 |');
    expect(md).toContain('| Startade programmet | 12 |');
    expect(md).toContain('| Hoppade av | 1 |');
    expect(md).toContain('| Väntelista | 2 |');
    expect(md).toContain('## Moduler (av 12 som startade)');
    expect(md).toContain('| IT-förståelse och branschen | 100 % | 75 % |');
    expect(md).toContain('| Vecka | Godkänd grundnivå | God | Mycket god |');
    expect(md).toContain('8 % (1 av 12 som startade)');
    expect(md).not.toMatch(/Avhopp|Dropout/i);
  });

  it('uses the template’s English names in English: modules, lists, levels', () => {
    const md = cohortReportMarkdown(report, 'en');
    expect(md).toContain('| Withdrew before the start | 3 |');
    expect(md).toContain('| Started the program | 12 |');
    expect(md).toContain('| Dropped out | 1 |');
    expect(md).toContain('| Waiting list | 2 |');
    expect(md).toContain('| Active interest | 4 |');
    expect(md).toContain('## Modules (of 12 who started)');
    expect(md).toContain('| IT understanding and the industry | 100 % | 75 % |');
    expect(md).toContain('| Cloud technology basics | 50 % | 0 % |');
    expect(md).toContain('| Week | Basic | Good | Very good |');
    expect(md).toContain('8 % (1 of 12 who started)');
    expect(md).toContain('| 2019-11-14 | Conference visit | AWS Summit | 8 |');
    // No Swedish template label is left in the English report.
    for (const label of [...settings.modules, ...settings.lists, ...settings.knowledgeLevels].map((x) => x.name)) {
      if (label.sv !== label.en) expect(md).not.toContain(`| ${label.sv} |`);
    }
  });

  it('names a level assessed but no longer among the template’s by its key', () => {
    const md = cohortReportMarkdown({ ...report, knowledgeLevels: [{ week: 0, levels: { basic: 1, good: 0, 'very-good': 0, expert: 1 } }] }, 'en');
    expect(md).toContain('| Week | Basic | Good | Very good | expert |');
    expect(md).toContain('| 0 | 1 | 0 | 0 | 1 |');
  });
});
