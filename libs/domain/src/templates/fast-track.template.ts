import type { ProgramTemplateInput } from './program-template.js';

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
