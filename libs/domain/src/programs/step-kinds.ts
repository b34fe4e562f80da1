import { z } from 'zod';
import { answerErrors, answerFormSchema, type AnswerForm } from '../tasks/answer-form.js';
import { labelledSchema, localizedTextSchema, type LocalizedText } from '../templates/template-primitives.js';
import type { EditableData, PhaseSnapshot, StepProblem } from './phase-steps.js';

/**
 * A step kind is the unit of a program's behaviour: what a step of that kind lets the project office
 * edit while it is open, what its template entry may configure, which of the program's lists it
 * needs, and what keeps it from completing. Templates name a kind per step; the kind's key is the
 * only link between a template and code, and an unknown kind is refused when the template is loaded.
 */
export interface StepKind {
  key: string;
  name: LocalizedText;
  /** The program data a step of this kind edits while it is open. */
  edits: readonly EditableData[];
  /** The governance lists a template must give for a step of this kind. */
  needs: readonly GovernanceList[];
  /** Opened again every period alongside its phase (the governance duration named) instead of completed in order. */
  recursEvery?: 'yearlyCheckEvery';
  /** What keeps the step from completing: empty when it may complete. */
  problems(check: StepCheck): StepProblem[];
}

/** Lists of a program's governance that only some kinds use. */
export type GovernanceList =
  | 'effectGoals'
  | 'needCategories'
  | 'participantGroups'
  | 'sessionKinds'
  | 'questions'
  | 'focusAreas'
  | 'matrixLevels'
  | 'methods'
  | 'collaborationRoles'
  | 'evaluationDecisions'
  | 'network'
  | 'communicationChannels'
  | 'communicationAudiences';

/** What a kind looks at when a step is to complete. */
export interface StepCheck {
  snapshot: PhaseSnapshot;
  /** The step's template entry (with its kind's configuration). */
  step: StepDefinitionLike;
  /** What the project office recorded in a generic step (form, checklist, document); null before anything was. */
  record: StepRecordData | null;
}

export interface StepDefinitionLike {
  key: string;
  kind: string;
  form?: AnswerForm;
  checklist?: { items: ChecklistItem[] };
  document?: { deliverable: LocalizedText };
}

export interface ChecklistItem {
  key: string;
  name: LocalizedText;
  /** A link to the document that shows the item is done: required, optional, or not asked for. */
  evidence: 'required' | 'optional' | 'none';
}

/** The data of a generic step as stored, by kind. */
export type StepRecordData =
  | { kind: 'form'; answers: Record<string, string | number | boolean> }
  | { kind: 'checklist'; items: Record<string, { done: boolean; evidence?: string }> }
  | { kind: 'document'; versions: DocumentVersion[]; approved: { version: number; by: string; at: string } | null };

export interface DocumentVersion {
  version: number;
  title: string;
  link: string;
  recordedBy: string;
  recordedAt: string;
}

const t = (sv: string, en: string): LocalizedText => ({ sv, en });
const none = (): StepProblem[] => [];
const need = (problems: StepProblem[], ok: boolean, message: string, details?: Record<string, unknown>) => {
  if (!ok) problems.push(details ? { message, details } : { message });
};
const checked = (fn: (s: PhaseSnapshot, problems: StepProblem[]) => void) => ({ snapshot }: StepCheck) => {
  const problems: StepProblem[] = [];
  fn(snapshot, problems);
  return problems;
};

const keyPattern = /^[a-z][a-z0-9-]{1,62}$/;
const checklistItemSchema = labelledSchema.extend({ evidence: z.enum(['required', 'optional', 'none']).default('none') }).strict();

/** What the generic kinds' template entries configure beside key, name and kind. */
export const GENERIC_STEP_CONFIG = {
  /** The fields of a form step (types, required, choices). */
  form: answerFormSchema,
  /** The items a checklist step's project office ticks, each optionally with a link to its evidence. */
  checklist: z
    .object({ items: z.array(checklistItemSchema).min(1).max(100) })
    .strict()
    .refine((c) => new Set(c.items.map((i) => i.key)).size === c.items.length, { message: 'item keys must be unique', path: ['items'] }),
  /** The deliverable a document step produces. */
  document: z.object({ deliverable: localizedTextSchema }).strict(),
};
export type GenericStepKind = keyof typeof GENERIC_STEP_CONFIG;

const kinds: StepKind[] = [
  // Skola först, phase I (delrapport fas I, 2.1–2.6)
  {
    key: 'gathering-plan',
    name: t('Planera behovsinsamling', 'Plan the needs gathering'),
    edits: ['sessions'],
    needs: ['questions', 'sessionKinds', 'participantGroups'],
    problems: checked((s, p) => {
      need(p, s.questions > 0, 'The question set is empty: the gathering needs at least one question.');
      need(p, s.sessions > 0, 'No gathering session is planned: plan at least one workshop, interview or conversation.');
    }),
  },
  {
    key: 'needs-gathering',
    name: t('Behovsinsamling', 'Needs gathering'),
    edits: ['sessions', 'needs', 'categories'],
    needs: ['questions', 'sessionKinds', 'participantGroups', 'needCategories'],
    problems: checked((s, p) => need(p, s.needs > 0, 'No need has been recorded yet: record needs per session, one by one or imported from CSV.')),
  },
  {
    key: 'needs-categorization',
    name: t('Kategorisering av behov', 'Categorization of needs'),
    edits: ['categories'],
    needs: ['needCategories'],
    problems: checked((s, p) => {
      const n = s.uncategorizedNeedIds.length;
      need(p, n === 0, `${n} of ${s.needs} needs have no category yet; every need must get one of the template's categories before categorization can complete.`, {
        uncategorizedCount: n,
        uncategorizedNeedIds: s.uncategorizedNeedIds,
      });
    }),
  },
  {
    key: 'focus-areas',
    name: t('Fokusområden', 'Focus areas'),
    edits: ['focusAreas'],
    needs: ['focusAreas', 'needCategories'],
    problems: checked((s, p) => need(p, s.focusAreas === s.focusAreaCount, `Choose exactly ${s.focusAreaCount} focus areas; ${s.focusAreas} chosen.`)),
  },
  {
    key: 'collaboration-model',
    name: t('Samverkansmodell', 'Collaboration model'),
    edits: ['collaborationModel'],
    needs: ['collaborationRoles'],
    problems: checked((s, p) => {
      need(p, s.rolesWithoutBodies.length === 0, `Every role of the collaboration model needs a body; missing for: ${s.rolesWithoutBodies.join(', ')}.`);
      need(p, s.gateOwnerSet, "Name the steering group's decision maker (gateOwnerId): the gate task goes to that person.");
    }),
  },
  {
    key: 'contact-network',
    name: t('Nätverk för kontaktpersoner', 'Contact-person network'),
    edits: ['network'],
    needs: ['network'],
    problems: checked((s, p) => {
      need(p, s.networkMembers > 0, 'The contact-person network has no member: add one contact person per department and company.');
      need(p, s.networkStarted, 'The network has not been started: start it with its kickoff date.');
    }),
  },
  {
    key: 'communication-plan',
    name: t('Kommunikationsplan', 'Communication plan'),
    edits: ['communicationPlan'],
    needs: ['communicationChannels', 'communicationAudiences'],
    problems: checked((s, p) => need(p, s.communicationItems > 0, 'The communication plan is empty: add at least one item (channel, audience, one-off or continuous, due date).')),
  },
  { key: 'phase-report', name: t('Delrapport', 'Phase report'), edits: [], needs: [], problems: none },
  // Skola först, phase II
  {
    key: 'activities',
    name: t('Aktiviteter', 'Activities'),
    edits: [],
    needs: ['matrixLevels', 'methods', 'evaluationDecisions', 'effectGoals'],
    problems: checked((s, p) => need(p, s.openActivities === 0, `${s.openActivities} activities are still planned, running or under evaluation; evaluate them before the phase closes.`)),
  },
  {
    key: 'yearly-planning-check',
    name: t('Årlig kontroll av verksamhetsplanerna', 'Yearly check of the annual plans'),
    edits: [],
    needs: [],
    recursEvery: 'yearlyCheckEvery',
    problems: none,
  },
  // Generic kinds any program may use
  {
    key: 'form',
    name: t('Formulär', 'Form'),
    edits: [],
    needs: [],
    problems: ({ step, record }) => {
      const answers = record?.kind === 'form' ? record.answers : undefined;
      const missing = (step.form?.fields ?? []).filter((f) => f.required && (answers?.[f.key] === undefined || answers[f.key] === ''));
      if (!answers && (step.form?.fields.length ?? 0) > 0) return [{ message: 'The form has not been filled in yet.', details: { missingFields: missing.map((f) => f.key) } }];
      return missing.length
        ? [{ message: `Required fields are empty: ${missing.map((f) => `${f.label.sv} (${f.label.en})`).join(', ')}.`, details: { missingFields: missing.map((f) => f.key) } }]
        : [];
    },
  },
  {
    key: 'checklist',
    name: t('Checklista', 'Checklist'),
    edits: [],
    needs: [],
    problems: ({ step, record }) => {
      const ticked = record?.kind === 'checklist' ? record.items : {};
      const open = (step.checklist?.items ?? []).filter((i) => !ticked[i.key]?.done);
      const unproven = (step.checklist?.items ?? []).filter((i) => i.evidence === 'required' && ticked[i.key]?.done && !ticked[i.key]?.evidence);
      const problems: StepProblem[] = [];
      need(problems, open.length === 0, `${open.length} checklist items are not done: ${open.map((i) => i.name.sv).join(', ')}.`, { openItems: open.map((i) => i.key) });
      need(problems, unproven.length === 0, `These items need a link to their evidence: ${unproven.map((i) => i.name.sv).join(', ')}.`, { itemsWithoutEvidence: unproven.map((i) => i.key) });
      return problems;
    },
  },
  {
    key: 'document',
    name: t('Dokument', 'Document'),
    edits: [],
    needs: [],
    problems: ({ record }) => {
      const doc = record?.kind === 'document' ? record : null;
      const latest = doc?.versions.at(-1);
      if (!latest) return [{ message: 'No version of the document has been recorded yet.' }];
      if (doc?.approved?.version !== latest.version) return [{ message: `Version ${latest.version} of the document has not been approved.` }];
      return [];
    },
  },
];

for (const k of kinds) if (!keyPattern.test(k.key)) throw new Error(`step kind key '${k.key}' is not a key`);

export const STEP_KINDS: ReadonlyMap<string, StepKind> = new Map(kinds.map((k) => [k.key, k]));

export function stepKind(key: string): StepKind {
  const kind = STEP_KINDS.get(key);
  if (!kind) throw new Error(`Unknown step kind '${key}'`);
  return kind;
}

/** The problems that keep a step from completing, by its kind. */
export function stepProblems(check: StepCheck): StepProblem[] {
  return stepKind(check.step.kind).problems(check);
}

/** Why an answer to a form step is refused, each problem naming its field; empty when it fits. */
export function formRecordErrors(step: StepDefinitionLike, answers: unknown): { field: string; message: string }[] {
  // A form may be saved half-filled: required fields are checked when the step completes.
  const form = step.form ? { fields: step.form.fields.map((f) => ({ ...f, required: false })) } : { fields: [] };
  return answerErrors(form, answers).map((e) => ({ ...e, field: e.field.replace(/^answer/, 'answers') }));
}
