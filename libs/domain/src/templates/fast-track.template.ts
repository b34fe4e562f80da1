import type { ProgramTemplateInput } from './program-template.js';

/*
 * A frozen copy of Fast Track as it was compiled into the workflow bundle before templates became
 * files: participant journeys started then replay on it (compiledCohortSettings). The engine reads
 * libs/domain/templates/fast-track.v1.json and fast-track.v2.json; a unit test holds the two equal.
 */

/** Fast Track Stockholm stad 2019: a cohort training program in cloud technology and data engineering. */
export const fastTrackTemplate: ProgramTemplateInput = {
  key: 'fast-track',
  version: 1,
  kind: 'cohort',
  name: { sv: 'Fast Track', en: 'Fast Track' },
  description: {
    sv: 'Informellt kunskapsprogram inom molnteknik och data engineering i en studietakt anpassad efter deltagarens förkunskaper.',
    en: "Informal training program in cloud technology and data engineering at a pace adapted to each participant's prior knowledge.",
  },
  source: 'Stockholms stad, Fast Track Stockholm stad 2019 (utvärderingsrapport)',
  phases: [
    { key: 'info-meeting', name: { sv: 'Informationsträff', en: 'Info meeting' } },
    { key: 'interest-registration', name: { sv: 'Intresseanmälan', en: 'Interest registration' } },
    { key: 'interviews', name: { sv: 'Intervjuer', en: 'Interviews' } },
    { key: 'admission', name: { sv: 'Antagning', en: 'Admission' } },
    { key: 'modules', name: { sv: 'Moduler och studieplan', en: 'Modules and study plan' } },
    { key: 'project-work', name: { sv: 'Projektarbete', en: 'Project work' } },
    { key: 'final-report', name: { sv: 'Utvärdering och slutrapport', en: 'Evaluation and final report' } },
  ],
};

const t = (sv: string, en: string) => ({ sv, en });
const items = (...keys: [string, string, string][]) => keys.map(([key, sv, en]) => ({ key, name: t(sv, en) }));

/**
 * Version 2 adds what the 2019 report governs: a capacity of 12 (25 registered interest; 5 + 4 + 4
 * stayed on the three lists), the lists in offer order (waiting list, then active, then passive interest),
 * modules whose knowledge each next one needs, 10 study weeks then project work, pace profiles,
 * three knowledge levels (basic to very good, each with its plan factor), the advanced track for those two weeks or more ahead
 * of their plan, and reminder policies. Programs started on version 1 keep it.
 */
export const fastTrackTemplateV2: ProgramTemplateInput = {
  ...fastTrackTemplate,
  version: 2,
  cohort: {
    capacity: 12,
    infoMeetingSeats: 60,
    interestWindow: 'P14D',
    interviewDue: 'P7D',
    offerResponse: 'P3D',
    lists: [
      { key: 'waiting', name: t('Väntelista', 'Waiting list') },
      { key: 'active-interest', name: t('Aktivt intresse', 'Active interest') },
      { key: 'passive-interest', name: t('Passivt intresse', 'Passive interest') },
    ],
    studyWeeks: 10,
    projectWeeks: 4,
    modules: [
      {
        key: 'it-foundations',
        name: t('IT-förståelse och branschen', 'IT understanding and the industry'),
        items: items(['it-roles', 'Roller i IT-branschen', 'Roles in the IT industry'], ['networks', 'Nätverk och internet', 'Networks and the internet'], ['linux', 'Linux och kommandoraden', 'Linux and the command line'], ['git', 'Versionshantering med git', 'Version control with git']),
        requires: [],
      },
      {
        key: 'cloud-basics',
        name: t('Grundkurs i molnteknik', 'Cloud technology basics'),
        items: items(['cloud-concepts', 'Molnbegrepp och tjänstemodeller', 'Cloud concepts and service models'], ['compute', 'Beräkning och lagring', 'Compute and storage'], ['iam', 'Identitet och behörighet', 'Identity and access'], ['iac', 'Infrastruktur som kod', 'Infrastructure as code'], ['cost', 'Kostnad och drift', 'Cost and operations']),
        requires: ['it-foundations'],
      },
      {
        key: 'data-engineering',
        name: t('Data engineering', 'Data engineering'),
        items: items(['sql', 'SQL och datamodellering', 'SQL and data modelling'], ['pipelines', 'Datapipelines', 'Data pipelines'], ['warehouse', 'Datalager i molnet', 'Cloud data warehouses'], ['streaming', 'Strömmande data', 'Streaming data'], ['quality', 'Datakvalitet', 'Data quality']),
        requires: ['cloud-basics'],
      },
      {
        key: 'career',
        name: t('Personlig utveckling och karriär', 'Personal development and career'),
        items: items(['goals', 'Mål och studieplan', 'Goals and study plan'], ['profile', 'Kompetensprofil', 'Skills profile'], ['market', 'Arbetsmarknaden och specialistområden', 'The labour market and specialisms']),
        requires: [],
      },
    ],
    paceProfiles: [
      { key: 'slower', name: t('Lugnare takt', 'Slower pace'), factor: 0.8 },
      { key: 'planned', name: t('Planerad takt', 'Planned pace'), factor: 1 },
      { key: 'faster', name: t('Högre takt', 'Faster pace'), factor: 1.25 },
    ],
    knowledgeLevels: [
      { key: 'basic', name: t('Godkänd grundnivå', 'Basic'), factor: 0.85 },
      { key: 'good', name: t('God', 'Good'), factor: 1 },
      { key: 'very-good', name: t('Mycket god', 'Very good'), factor: 1.15 },
    ],
    advancedTrack: { minWeeksAhead: 2 },
    reminderPolicies: {
      default: { before: ['P2D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 3, escalateAfter: 'P4D' },
      interview: { before: ['P2D', 'PT0S'], overdueEvery: 'P1D', maxOverdue: 3, escalateAfter: 'P3D' },
      offer: { before: ['P1D'], maxOverdue: 0 },
      weeklyProgress: { before: ['PT0S'], overdueEvery: 'P2D', maxOverdue: 2 },
    },
  },
};
