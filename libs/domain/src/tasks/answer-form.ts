import { z } from 'zod';
import type { LocalizedText } from '../templates/program-template.js';

/** The answer a task expects, e.g. a status report before a network meeting. */
export interface AnswerField {
  key: string;
  label: LocalizedText;
  type: 'text' | 'number' | 'boolean' | 'choice' | 'date';
  required?: boolean;
  /** For choice fields. */
  options?: string[];
  /** Longest text (default 5000). */
  maxLength?: number;
}

export interface AnswerForm {
  fields: AnswerField[];
}

export type Answer = Record<string, string | number | boolean>;

/** Problems with an answer, each naming its field; empty when the answer fits the form. */
export function answerErrors(form: AnswerForm | null | undefined, answer: unknown): { field: string; message: string }[] {
  const fields = form?.fields ?? [];
  if (answer === undefined && fields.every((f) => !f.required)) return [];
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return [{ field: 'answer', message: 'the answer must be an object' }];
  const values = answer as Record<string, unknown>;
  const errors: { field: string; message: string }[] = [];
  for (const key of Object.keys(values)) {
    if (!fields.some((f) => f.key === key)) errors.push({ field: `answer.${key}`, message: 'this task does not ask for it' });
  }
  for (const f of fields) {
    const v = values[f.key];
    const field = `answer.${f.key}`;
    if (v === undefined || v === '') {
      if (f.required) errors.push({ field, message: 'required' });
      continue;
    }
    if (f.type === 'text' && !(typeof v === 'string' && v.length <= (f.maxLength ?? 5000))) errors.push({ field, message: `text of at most ${f.maxLength ?? 5000} characters` });
    if (f.type === 'number' && !(typeof v === 'number' && Number.isFinite(v))) errors.push({ field, message: 'a number' });
    if (f.type === 'boolean' && typeof v !== 'boolean') errors.push({ field, message: 'true or false' });
    if (f.type === 'date' && !(typeof v === 'string' && isCalendarDate(v))) errors.push({ field, message: 'a date as YYYY-MM-DD' });
    if (f.type === 'choice' && !(typeof v === 'string' && (f.options ?? []).includes(v))) errors.push({ field, message: `one of: ${(f.options ?? []).join(', ')}` });
  }
  return errors;
}

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

const fieldSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'a key of letters, digits and underscores'),
    label: z.object({ sv: z.string().min(1).max(200), en: z.string().min(1).max(200) }).strict(),
    type: z.enum(['text', 'number', 'boolean', 'choice', 'date']),
    required: z.boolean().optional(),
    options: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
    maxLength: z.number().int().min(1).max(20_000).optional(),
  })
  .strict()
  .refine((f) => f.type !== 'choice' || f.options, { message: 'a choice field needs options', path: ['options'] });

export const answerFormSchema = z
  .object({ fields: z.array(fieldSchema).max(30) })
  .strict()
  .refine((f) => new Set(f.fields.map((x) => x.key)).size === f.fields.length, { message: 'field keys must be unique', path: ['fields'] });

/** Problems with a form definition, each naming its field; empty when valid. */
export function answerFormErrors(form: unknown): { field: string; message: string }[] {
  const result = answerFormSchema.safeParse(form);
  return result.success ? [] : result.error.issues.map((i) => ({ field: ['answerForm', ...i.path].join('.'), message: i.message }));
}
