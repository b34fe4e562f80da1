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
