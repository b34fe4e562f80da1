import type { ProgramTemplateInput } from './program-template.js';

const t = (sv: string, en: string) => ({ sv, en });
const items = (...keys: [string, string, string][]) => keys.map(([key, sv, en]) => ({ key, name: t(sv, en) }));

/**
 * Yrkessvenska för vårdbiträden: a cohort program of another shape than Fast Track — Swedish for
 * the care workplace, for those who work or want to work as care assistants. Two lists (the reserve
 * list of those approved at the interview, offered a freed place first; then the interest list),
 * four knowledge levels (A2 to C1, each with its plan factor), five modules whose language each
 * next one builds on, 12 study weeks followed by four weeks of workplace-based learning (APL,
 * the project work of this program), and pace profiles for part-time and intensive study.
 */
export const yrkessvenskaTemplate: ProgramTemplateInput = {
  key: 'yrkessvenska',
  version: 1,
  kind: 'cohort',
  name: t('Yrkessvenska för vårdbiträden', 'Vocational Swedish for care assistants'),
  description: t(
    'Svenska för vård- och omsorgsarbetet i en studietakt efter deltagarens språknivå, med arbetsplatsförlagt lärande på slutet.',
    "Swedish for work in health and social care, at a pace adapted to each participant's language level, ending in workplace-based learning.",
  ),
  source: 'Inbyggd exempelmall för yrkessvenska inom vård och omsorg (samma form som Fast Track, andra listor och nivåer)',
  phases: [
    { key: 'info-meeting', name: t('Informationsträff', 'Info meeting') },
    { key: 'interest-registration', name: t('Intresseanmälan', 'Interest registration') },
    { key: 'interviews', name: t('Inskrivningssamtal', 'Intake interviews') },
    { key: 'admission', name: t('Antagning', 'Admission') },
    { key: 'modules', name: t('Moduler och språkplan', 'Modules and language plan') },
    { key: 'workplace-learning', name: t('Arbetsplatsförlagt lärande (APL)', 'Workplace-based learning') },
    { key: 'final-report', name: t('Uppföljning och slutrapport', 'Follow-up and final report') },
  ],
  cohort: {
    capacity: 16,
    infoMeetingSeats: 40,
    interestWindow: 'P21D',
    interviewDue: 'P5D',
    offerResponse: 'P5D',
    lists: [
      {
        key: 'reserves',
        name: t('Reservlista', 'Reserve list'),
        description: t('Godkända vid inskrivningssamtalet som väntar på en plats; erbjuds en ledig plats först.', 'Approved at the intake interview and waiting for a place; offered a freed place first.'),
      },
      {
        key: 'interest',
        name: t('Intresselista', 'Interest list'),
        description: t('Intresserade som erbjuds en plats när reservlistan är tom, till exempel till nästa kull.', 'Interested people offered a place once the reserve list is empty, for instance for the next cohort.'),
      },
    ],
    studyWeeks: 12,
    projectWeeks: 4,
    modules: [
      {
        key: 'everyday-care-swedish',
        name: t('Vardagssvenska i vården', 'Everyday Swedish in care'),
        items: items(['greetings', 'Hälsa och presentera sig', 'Greeting and introducing oneself'], ['body-health', 'Kroppen och hälsan', 'The body and health'], ['routines', 'Tider, scheman och rutiner', 'Times, schedules and routines']),
        requires: [],
      },
      {
        key: 'care-communication',
        name: t('Kommunikation med brukare', 'Communicating with care recipients'),
        items: items(['listening', 'Aktivt lyssnande', 'Active listening'], ['needs', 'Fråga om behov och önskemål', 'Asking about needs and wishes'], ['dignity', 'Bemötande och värdighet', 'Respectful treatment and dignity']),
        requires: ['everyday-care-swedish'],
      },
      {
        key: 'documentation',
        name: t('Dokumentation och rapportering', 'Documentation and reporting'),
        items: items(
          ['care-plans', 'Läsa genomförandeplaner', 'Reading care plans'],
          ['care-notes', 'Skriva journalanteckningar', 'Writing care notes'],
          ['handover', 'Muntlig rapport vid skiftbyte', 'Oral handover at shift change'],
          ['deviations', 'Avvikelserapportering', 'Reporting incidents'],
        ),
        requires: ['care-communication'],
      },
      {
        key: 'hygiene-safety',
        name: t('Hygien, säkerhet och arbetsmiljö', 'Hygiene, safety and the work environment'),
        items: items(['basic-hygiene', 'Basala hygienrutiner', 'Basic hygiene routines'], ['medication', 'Läkemedel: ord och ansvar', 'Medication: terms and responsibility'], ['transfers', 'Förflyttning och ergonomi', 'Transfers and ergonomics']),
        requires: ['everyday-care-swedish'],
      },
      {
        key: 'working-life',
        name: t('Arbetsplatsens språk och kultur', 'The language and culture of the workplace'),
        items: items(['colleagues', 'Samtal med kollegor', 'Talking with colleagues'], ['rights-duties', 'Rättigheter och skyldigheter i arbetslivet', 'Rights and duties at work']),
        requires: [],
      },
    ],
    paceProfiles: [
      { key: 'part-time', name: t('Deltid', 'Part-time'), factor: 0.6 },
      { key: 'planned', name: t('Planerad takt', 'Planned pace'), factor: 1 },
      { key: 'intensive', name: t('Intensivkurs', 'Intensive'), factor: 1.3 },
    ],
    knowledgeLevels: [
      { key: 'a2', name: t('Grundläggande (A2)', 'Basic (A2)'), factor: 0.7 },
      { key: 'b1', name: t('Fungerande (B1)', 'Intermediate (B1)'), factor: 0.9 },
      { key: 'b2', name: t('Självständig (B2)', 'Independent (B2)'), factor: 1.05 },
      { key: 'c1', name: t('Avancerad (C1)', 'Advanced (C1)'), factor: 1.2 },
    ],
    advancedTrack: { minWeeksAhead: 3 },
    reminderPolicies: {
      default: { before: ['P2D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 3, escalateAfter: 'P4D' },
      interview: { before: ['P1D', 'PT0S'], overdueEvery: 'P1D', maxOverdue: 2, escalateAfter: 'P2D' },
      offer: { before: ['P2D'], maxOverdue: 0 },
      weeklyProgress: { before: ['PT0S'], overdueEvery: 'P3D', maxOverdue: 2 },
    },
  },
};
