// What a newcomer meets on first use: the UI in the browser's language, and on an empty system the
// way to a first program. Pure rules, unit-tested beside this file.

export type Lang = 'sv' | 'en';

/**
 * The UI language when the person has not chosen one: the first of the browser's languages that the
 * UI speaks (Swedish or English), otherwise Swedish — the language of the municipalities it serves.
 */
export function preferredLanguage(stored: string | null, browserLanguages: readonly string[]): Lang {
  if (stored === 'sv' || stored === 'en') return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'sv' || base === 'en') return base;
  }
  return 'sv';
}

/** What the system holds so far, as the start panel counts it. */
export interface SystemContents {
  programs: number;
  organizations: number;
  contactPersons: number;
}

export type FirstRunStep = { key: 'people' | 'program'; done: boolean };

/**
 * The start panel for the project office: offered while the system has no program (and so no
 * cohort, which lives in a program), with its two steps each done once its data is there.
 */
export function firstRun(contents: SystemContents): { offered: boolean; steps: FirstRunStep[] } {
  return {
    offered: contents.programs === 0,
    steps: [
      { key: 'people', done: contents.organizations > 0 && contents.contactPersons > 0 },
      { key: 'program', done: contents.programs > 0 },
    ],
  };
}
