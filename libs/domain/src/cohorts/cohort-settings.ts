import type { LocalizedText } from '../templates/program-template.js';
import { LIST_KINDS, type ListKind } from './admission.js';
import { KNOWLEDGE_LEVELS } from './study-plan.js';

/** A list or a knowledge level as the template declares it. */
export interface CohortChoice {
  key: string;
  name: LocalizedText;
  description?: LocalizedText;
}

export interface CohortKnowledgeLevel extends CohortChoice {
  factor?: number;
}

/**
 * A cohort's settings as stored with it (its template's cohort settings when it was created). Cohorts
 * created before templates declared their lists hold `listOrder` (Fast Track's three list keys in
 * offer order) instead of `lists`; read both through `cohortLists`.
 */
export interface StoredCohortLists {
  lists?: readonly CohortChoice[];
  listOrder?: readonly ListKind[];
  knowledgeLevels?: readonly CohortKnowledgeLevel[];
}

const FAST_TRACK_LIST_NAMES: Readonly<Record<string, LocalizedText>> = {
  waiting: { sv: 'Väntelista', en: 'Waiting list' },
  'active-interest': { sv: 'Aktivt intresse', en: 'Active interest' },
  'passive-interest': { sv: 'Passivt intresse', en: 'Passive interest' },
};

const FAST_TRACK_LEVEL_NAMES: Readonly<Record<string, LocalizedText>> = {
  basic: { sv: 'Godkänd grundnivå', en: 'Basic' },
  good: { sv: 'God', en: 'Good' },
  'very-good': { sv: 'Mycket god', en: 'Very good' },
};

/** Fast Track's three lists in its offer order, named: the template's, and what cohorts stored with `listOrder` mean. */
export const FAST_TRACK_LISTS: readonly CohortChoice[] = LIST_KINDS.map((key) => ({ key, name: FAST_TRACK_LIST_NAMES[key] }));

/** A cohort's lists in offer order: its own, or (stored before lists were template data) Fast Track's in the stored order. */
export function cohortLists(settings: StoredCohortLists): readonly CohortChoice[] {
  if (settings.lists?.length) return settings.lists;
  const order = settings.listOrder?.length ? settings.listOrder : LIST_KINDS;
  return order.map((key) => ({ key, name: FAST_TRACK_LIST_NAMES[key] ?? { sv: key, en: key } }));
}

/** A cohort's knowledge levels, lowest first: its own, or Fast Track's three. */
export function cohortKnowledgeLevels(settings: StoredCohortLists): readonly CohortKnowledgeLevel[] {
  if (settings.knowledgeLevels?.length) return settings.knowledgeLevels;
  return KNOWLEDGE_LEVELS.map((key) => ({ key, name: FAST_TRACK_LEVEL_NAMES[key] }));
}

/** The interview outcomes a cohort takes: admit, one of its lists, or not suitable. */
export function interviewOutcomes(settings: StoredCohortLists): string[] {
  return ['admit', ...cohortLists(settings).map((l) => l.key), 'not-suitable'];
}

/**
 * Why `value` is not one of the cohort's `allowed` keys (for a 400 naming `field`), or null. The
 * message names the allowed keys, so a client sees at once what this cohort's template takes.
 */
export function unknownCohortKey(field: string, value: unknown, allowed: readonly string[], what: string): { field: string; message: string } | null {
  if (typeof value === 'string' && allowed.includes(value)) return null;
  return { field, message: `${typeof value === 'string' ? `'${value}' is not ${what} of this cohort's template; ` : ''}${field} must be one of: ${allowed.join(', ')}` };
}

