import type { ProgramTemplateInput } from './program-template.js';

/** Kraftsamling Skola först, Västerås stad (delrapport fas I, 2019-03-31). */
export const skolaForstTemplate: ProgramTemplateInput = {
  key: 'skola-forst',
  version: 1,
  kind: 'phased-program',
  name: { sv: 'Kraftsamling Skola först', en: 'Rallying effort School First' },
  description: {
    sv: 'Stadens förvaltningar och bolag kraftsamlar kring fokusområden så att eleverna når bättre kunskapsresultat och ser ljust på framtiden.',
    en: "The city's departments and companies rally around focus areas so that pupils reach better results and see a bright future.",
  },
  source: 'Västerås stad, Kraftsamling Skola först – delrapport fas I (2019-03-31)',
  phases: [
    {
      key: 'needs-analysis',
      name: { sv: 'Fas I – behovsanalys', en: 'Phase I – needs analysis' },
      description: {
        sv: 'Behovsinsamling genom workshops, intervjuer och samtal; kategorisering; fokusområden; samverkansmodell; nätverk; kommunikationsplan; delrapport.',
        en: 'Needs gathering through workshops, interviews and conversations; categorization; focus areas; collaboration model; network; communication plan; phase report.',
      },
      gate: true,
    },
    {
      key: 'implementation',
      name: { sv: 'Fas II – genomförande', en: 'Phase II – implementation' },
      description: {
        sv: 'Konkreta aktiviteter planeras, genomförs och utvärderas: avsluta, fortsätta eller skala upp.',
        en: 'Concrete activities are planned, run and evaluated: end, continue or scale up.',
      },
      gate: false,
    },
  ],
};

const t = (sv: string, en: string) => ({ sv, en });

/**
 * Version 2 adds what the phase I report governs: the effect goals, need categories, question set,
 * focus areas, activity matrix, methods, collaboration model, network cadence and reminder policies
 * (section numbers refer to the report). Programs started on version 1 keep it.
 */
export const skolaForstTemplateV2: ProgramTemplateInput = {
  ...skolaForstTemplate,
  version: 2,
  phases: [
    {
      ...skolaForstTemplate.phases[0],
      steps: [
        { key: 'plan-gathering', name: t('Planera behovsinsamlingen', 'Plan the needs gathering') },
        { key: 'gathering', name: t('Behovsinsamling', 'Needs gathering') },
        { key: 'categorization', name: t('Kategorisering av behov', 'Categorization of needs') },
        { key: 'focus-areas', name: t('Fokusområden', 'Focus areas') },
        { key: 'collaboration-model', name: t('Samverkansmodell', 'Collaboration model') },
        { key: 'network', name: t('Nätverk för kontaktpersoner', 'Contact-person network') },
        { key: 'communication-plan', name: t('Kommunikationsplan', 'Communication plan') },
        { key: 'phase-report', name: t('Delrapport', 'Phase report') },
      ],
    },
    {
      ...skolaForstTemplate.phases[1],
      steps: [
        { key: 'activities', name: t('Aktiviteter: planering, genomförande, utvärdering', 'Activities: planning, execution, evaluation') },
        { key: 'yearly-planning-check', name: t('Årlig kontroll av verksamhetsplanerna', 'Yearly check of the annual plans') },
      ],
    },
  ],
  governance: {
    // 1.1 Effektmål, adopted by the city council
    effectGoals: [
      t('Alla elever ska nå minst godkänt-nivån i matematik och svenska i åk 3', 'All pupils reach at least a pass in mathematics and Swedish in year 3'),
      t('Alla elever ska ha minst godkänt i alla ämnen i åk 9', 'All pupils have at least a pass in every subject in year 9'),
      t('Alla elever som går på ett nationellt gymnasieprogram ska ta gymnasieexamen inom tre år', 'All pupils in a national upper-secondary programme graduate within three years'),
      t('Alla barn och unga i Västerås ska känna tillit till människor och samhälle', 'All children and young people in Västerås trust people and society'),
      t('Alla barn och ungdomar i Västerås ska se ljust på sin framtid', 'All children and young people in Västerås see a bright future'),
      t('Alla barn i förskolan ska stimuleras till utveckling och lärande', 'All children in preschool are stimulated to develop and learn'),
      t(
        'Alla elever i grundsärskolan ska nå minst godtagbar kunskapsnivå i samtliga ämnen eller ämnesområden det år eleven fullgjort grundsärskolan',
        'All pupils in compulsory school for pupils with learning disabilities reach at least an acceptable level in every subject or subject area by the year they finish',
      ),
      t(
        'Alla elever som går gymnasiesärskolans nationella program ska ha tillägnat sig de kunskaper som beskrivs i programmålen efter avslutad utbildning',
        "All pupils in the upper-secondary special school's national programmes have acquired the knowledge in the programme goals when they finish",
      ),
      t(
        'Alla elever som går gymnasiesärskolans individuella program ska ges möjlighet att nå fördjupad kravnivå',
        "All pupils in the upper-secondary special school's individual programmes get the chance to reach an advanced level",
      ),
    ].map((text, i) => ({ number: i + 1, text })),
    // 2.2 Resultat behovsinsamling: nine areas
    needCategories: [
      { key: 'meaningful-leisure', name: t('En meningsfull fritid', 'Meaningful leisure') },
      { key: 'premises-environment', name: t('Lokaler/miljö', 'Premises/environment') },
      { key: 'future-belief-support', name: t('Framtidstro/stöd', 'Belief in the future/support') },
      { key: 'home-socioeconomics', name: t('Hemmet/socioekonomi', 'Home/socio-economics') },
      { key: 'resources-conditions', name: t('Resurser/förutsättningar', 'Resources/conditions') },
      { key: 'health', name: t('Hälsa', 'Health') },
      { key: 'trust-safety', name: t('Tillit/trygghet', 'Trust/safety') },
      { key: 'transport', name: t('Transport', 'Transport') },
      { key: 'schools-own-work', name: t('Skolans eget arbete (t.ex. lärare, lektioner, skolmat, schema m.m.)', "The school's own work (teachers, lessons, school meals, timetable …)") },
    ],
    // 2.1 Tillvägagångssätt behovsinsamling
    participantGroups: [
      { key: 'teachers', name: t('Lärare', 'Teachers') },
      { key: 'pedagogues', name: t('Pedagoger', 'Pedagogues') },
      { key: 'strategists', name: t('Strateger', 'Strategists') },
      { key: 'managers', name: t('Chefer på olika nivåer', 'Managers at various levels') },
      { key: 'developers', name: t('Utvecklingsledare', 'Development leaders') },
      { key: 'politicians', name: t('Politiker', 'Politicians') },
      { key: 'children-youth', name: t('Barn och ungdomar', 'Children and young people') },
    ],
    sessionKinds: [
      { key: 'workshop', name: t('Workshop', 'Workshop') },
      { key: 'interview', name: t('Intervju', 'Interview') },
      { key: 'conversation', name: t('Samtal', 'Conversation') },
    ],
    questions: [
      { key: 'q1-trust', text: t('Hur ska verksamheten bidra till att barn/ungdomars tillit till samhället/vuxenvärlden ökar?', "How should the organization help increase children's and young people's trust in society and the adult world?") },
      { key: 'q2-future', text: t('Hur ska verksamheten bidra till att öka framtidstro för barn och ungdomar?', 'How should the organization help children and young people believe in their future?') },
      { key: 'q3-conditions', text: t('Vad behöver finnas, i och utanför skolan, för att du och andra ska få de bästa förutsättningarna för lärande?', 'What is needed, in and outside school, for you and others to have the best conditions for learning?') },
      { key: 'q4-most-important', text: t('Vad är viktigast för dig, i och runt skolan, för att du ska lära dig så bra som möjligt?', 'What matters most to you, in and around school, for you to learn as well as possible?') },
      {
        key: 'q5-whole-day',
        text: t('Om ni tänker på barns och ungas hela dag:', "Thinking of children's and young people's whole day:"),
        subQuestions: [
          {
            key: 'q5a-obstacles',
            text: t(
              'Vilka hinder finns idag som gör att barn och unga inte når kunskapsmålen, inte har tillit till människor i allmänhet och inte har framtidstro?',
              'Which obstacles keep children and young people from reaching the knowledge goals, trusting people and believing in the future?',
            ),
          },
          { key: 'q5b-remedies', text: t('Vad behöver kommunen göra för att åtgärda de hinder som ni har listat?', 'What does the municipality need to do to remove the obstacles you listed?') },
        ],
      },
    ],
    focusAreas: {
      count: 3,
      suggestions: [
        { key: 'adult-relations', name: t('Bättre relationer med vuxenvärlden', 'Better relations with the adult world') },
        { key: 'working-life', name: t('Bättre kopplingar till arbetslivet', 'Better links to working life') },
        { key: 'developing-leisure', name: t('Meningsfull fritid som är utvecklande', 'Meaningful, developing leisure') },
      ],
    },
    // 2.4 the activity matrix, narrowest level first
    matrixLevels: [
      { key: 'individual', name: t('Individ', 'Individual') },
      { key: 'unit', name: t('Enhet', 'Unit') },
      { key: 'department-company', name: t('Förvaltning/bolag', 'Department/company') },
      { key: 'departments-companies-together', name: t('Förvaltningar/bolag i samarbete', 'Departments/companies together') },
      { key: 'external-collaboration', name: t('Extern samverkan', 'External collaboration') },
    ],
    methods: [
      { key: 'service-design', name: t('Tjänstedesign (Innovationsguiden)', 'Service design (the innovation guide)') },
      { key: 'six-sigma', name: t('Six Sigma', 'Six Sigma') },
      { key: 'other', name: t('Annan metod', 'Other method') },
    ],
    // 2.3 Samverkansmodell
    collaborationRoles: [
      { key: 'commissioner', name: t('Beställare', 'Commissioner'), suggestedBodies: ['Kommunstyrelsen', 'Koncernledningsgruppen'] },
      { key: 'steering-group', name: t('Styrgrupp', 'Steering group'), suggestedBodies: ['Hållbarhetsarenan'] },
      { key: 'reference-group', name: t('Referensgrupp', 'Reference group'), suggestedBodies: ['Processledningsgruppen för social hållbarhet'] },
    ],
    evaluationDecisions: [
      { key: 'end', name: t('Avsluta', 'End') },
      { key: 'continue', name: t('Fortsätta', 'Continue') },
      { key: 'scale-up', name: t('Skala upp', 'Scale up') },
    ],
    // 2.5 a kickoff, denser meetings at first, then about four a year
    network: { initialEvery: 'P4W', initialMeetings: 3, thenEvery: 'P13W', statusReportBefore: 'P7D' },
    // 2.6 Kommunikation
    communicationChannels: [
      { key: 'intranet', name: t('Intranät', 'Intranet') },
      { key: 'external-web', name: t('Extern webb', 'External website') },
      { key: 'meetings', name: t('Möten', 'Meetings') },
    ],
    communicationAudiences: [
      { key: 'boards', name: t('Nämnder', 'Boards') },
      { key: 'companies', name: t('Bolag', 'Companies') },
      { key: 'networks', name: t('Nätverk', 'Networks') },
    ],
    reminderPolicies: {
      default: { before: ['P3D', 'PT0S'], overdueEvery: 'P2D', maxOverdue: 5, escalateAfter: 'P5D' },
      gate: { before: ['P7D', 'P1D'], overdueEvery: 'P2D', maxOverdue: 5, escalateAfter: 'P7D' },
      statusReport: { before: ['P2D', 'PT0S'], overdueEvery: 'P1D', maxOverdue: 2 },
    },
  },
};
