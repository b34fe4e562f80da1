/**
 * Demo and test data shaped like Västerås stad's Skola först phase I report (delrapport fas I,
 * 2019-03-31): 450 needs over the nine categories, gathered in workshops, interviews and
 * conversations; the three focus areas; the collaboration model; departments and companies with
 * one contact person each; a communication plan; a few phase II activities. Names and addresses
 * are invented (example.se).
 */

/** What people said, per need category: the import file varies these. */
const NEED_PHRASES: Record<string, string[]> = {
  'meaningful-leisure': ['Fler fritidsaktiviteter nära skolan', 'Öppen fritidsgård även på helger', 'Läxhjälp i anslutning till fritidsaktiviteter', 'Prova-på-aktiviteter inom idrott och kultur'],
  'premises-environment': ['Trygga och hela skolgårdar', 'Lugna platser för studier', 'Bättre ventilation i klassrummen', 'Skolbibliotek med längre öppettider'],
  'future-belief-support': ['Vuxna som tror på eleverna', 'Mentorer från arbetslivet', 'Studie- och yrkesvägledning tidigare', 'Förebilder från det egna bostadsområdet'],
  'home-socioeconomics': ['Stöd till föräldrar att hjälpa med läxor', 'Samverkan med socialtjänsten kring familjer', 'Information till vårdnadshavare på flera språk', 'Avgiftsfria aktiviteter för alla barn'],
  'resources-conditions': ['Mindre elevgrupper', 'Fler speciallärare', 'Tid för kollegialt lärande', 'Stabil bemanning utan många vikarier'],
  health: ['Fler skolsköterskor och kuratorer', 'Rörelse varje skoldag', 'Stöd vid psykisk ohälsa', 'Bättre sömnvanor hos unga'],
  'trust-safety': ['Fler vuxna ute under rasterna', 'Nolltolerans mot kränkningar', 'Trygga skolvägar', 'Relationer med polis och fältassistenter'],
  transport: ['Busskort som gäller även kvällstid', 'Säkra cykelvägar till skolan', 'Skolskjuts anpassad till fritidsaktiviteter', 'Kortare restid mellan skola och praktik'],
  'schools-own-work': ['Varierade lektioner', 'Godare och mer näringsrik skolmat', 'Schema med färre håltimmar', 'Tydlig återkoppling från lärarna'],
};

/** Roughly how the 450 needs fell over the categories (the school's own work and resources most often). */
const WEIGHTS: Record<string, number> = {
  'meaningful-leisure': 52,
  'premises-environment': 38,
  'future-belief-support': 55,
  'home-socioeconomics': 44,
  'resources-conditions': 66,
  health: 41,
  'trust-safety': 57,
  transport: 22,
  'schools-own-work': 75,
};

export const SEED_NEED_COUNT = 450;

/** Counts per category that add up to `total` (450 in the seed), keeping the seed's proportions. */
export function seedNeedDistribution(categoryKeys: string[], total = SEED_NEED_COUNT): Record<string, number> {
  const weights = categoryKeys.map((k) => WEIGHTS[k] ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  for (let i = 0; counts.reduce((a, b) => a + b, 0) < total; i = (i + 1) % counts.length) counts[i]++;
  return Object.fromEntries(categoryKeys.map((k, i) => [k, counts[i]]));
}

/** Quotes a CSV field (RFC 4180). */
function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The needs import file: `text,category,question`, `total` rows spread over the categories as in
 * the seed, each text distinct. With `categorized: false` the category column is left empty, for
 * categorizing afterwards.
 */
export function seedNeedsCsv(categoryKeys: string[], options: { total?: number; categorized?: boolean; questionKeys?: string[] } = {}): string {
  const distribution = seedNeedDistribution(categoryKeys, options.total ?? SEED_NEED_COUNT);
  const questions = options.questionKeys ?? [];
  const rows = ['text,category,question'];
  let n = 0;
  for (const key of categoryKeys) {
    const phrases = NEED_PHRASES[key] ?? [`Behov inom ${key}`];
    for (let i = 0; i < distribution[key]; i++, n++) {
      const text = `${phrases[i % phrases.length]} (behov ${n + 1})`;
      rows.push([csvField(text), options.categorized === false ? '' : key, questions.length ? questions[n % questions.length] : ''].join(','));
    }
  }
  return `${rows.join('\n')}\n`;
}

/** Departments and companies of the city group, each with its contact person (invented names). */
export const SEED_ORGANIZATIONS: { name: string; type: 'department' | 'company'; contact: { name: string; email: string } }[] = [
  { name: 'Barn- och utbildningsförvaltningen', type: 'department', contact: { name: 'Anna Lindqvist', email: 'anna.lindqvist@example.se' } },
  { name: 'Kultur-, idrotts- och fritidsförvaltningen', type: 'department', contact: { name: 'Johan Berg', email: 'johan.berg@example.se' } },
  { name: 'Individ- och familjeförvaltningen', type: 'department', contact: { name: 'Sara Ahmed', email: 'sara.ahmed@example.se' } },
  { name: 'Tekniska förvaltningen', type: 'department', contact: { name: 'Per Nilsson', email: 'per.nilsson@example.se' } },
  { name: 'Bostadsbolaget (demo)', type: 'company', contact: { name: 'Maria Öberg', email: 'maria.oberg@example.se' } },
  { name: 'Energibolaget (demo)', type: 'company', contact: { name: 'Erik Holm', email: 'erik.holm@example.se' } },
];

/** The gathering sessions: workshops, interviews and conversations with the report's participant groups. */
export const SEED_SESSIONS = [
  { kind: 'workshop', title: 'Workshop med lärare och pedagoger', heldOn: '2018-11-14', participantGroups: ['teachers', 'pedagogues'] },
  { kind: 'workshop', title: 'Workshop med chefer och utvecklingsledare', heldOn: '2018-11-28', participantGroups: ['managers', 'developers', 'strategists'] },
  { kind: 'interview', title: 'Intervjuer med politiker', heldOn: '2018-12-12', participantGroups: ['politicians'] },
  { kind: 'conversation', title: 'Samtal med barn och ungdomar', heldOn: '2019-01-23', participantGroups: ['children-youth'] },
];

/** Focus areas of the report (2.4), each linked to the need categories it answers. */
export const SEED_FOCUS_AREAS = [
  { key: 'adult-relations', categoryKeys: ['trust-safety', 'future-belief-support', 'home-socioeconomics'] },
  { key: 'working-life', categoryKeys: ['future-belief-support', 'schools-own-work', 'resources-conditions'] },
  { key: 'developing-leisure', categoryKeys: ['meaningful-leisure', 'health', 'transport', 'premises-environment'] },
];

/** The collaboration model of the report (2.3). */
export const SEED_COLLABORATION_MODEL = [
  { roleKey: 'commissioner', bodies: ['Kommunstyrelsen', 'Koncernledningsgruppen'] },
  { roleKey: 'steering-group', bodies: ['Hållbarhetsarenan'] },
  { roleKey: 'reference-group', bodies: ['Processledningsgruppen för social hållbarhet'] },
];

/** The communication plan (2.6): intranet, external web, meetings in boards, companies and networks. */
export const SEED_COMMUNICATION_PLAN = [
  { title: 'Information om kraftsamlingen på intranätet', channel: 'intranet', audience: 'networks', recurrence: 'continuous', dueOn: '2019-04-30' },
  { title: 'Extern webbsida för hela koncernen', channel: 'external-web', audience: 'companies', recurrence: 'one-off', dueOn: '2019-06-15' },
  { title: 'Dragning i nämnderna', channel: 'meetings', audience: 'boards', recurrence: 'one-off', dueOn: '2019-05-31' },
  { title: 'Löpande information i Hållbarhetsarenan och Koncernledningsgruppen', channel: 'meetings', audience: 'networks', recurrence: 'continuous', dueOn: '2019-12-31' },
] as const;

/** A few phase II activities across the matrix; `owner` indexes SEED_ORGANIZATIONS. */
export const SEED_ACTIVITIES = [
  { title: 'Rastvärdar och vuxennärvaro på skolgården', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'], owners: [0], methodKey: 'service-design', effectGoalNumbers: [4] },
  { title: 'Mentorer från arbetslivet i åk 8–9', focusAreaKeys: ['working-life'], levelKeys: ['departments-companies-together'], owners: [0, 5], methodKey: 'service-design', effectGoalNumbers: [2, 5] },
  { title: 'Läxhjälp på fritidsgården', focusAreaKeys: ['developing-leisure'], levelKeys: ['department-company'], owners: [1], methodKey: 'other', effectGoalNumbers: [1, 2] },
  { title: 'Feriejobb i bostadsbolaget', focusAreaKeys: ['working-life'], levelKeys: ['external-collaboration'], owners: [4], methodKey: 'six-sigma', effectGoalNumbers: [3, 5] },
  { title: 'Familjestöd i samverkan skola–socialtjänst', focusAreaKeys: ['adult-relations'], levelKeys: ['individual'], owners: [2], methodKey: 'service-design', effectGoalNumbers: [4, 6] },
] as const;
