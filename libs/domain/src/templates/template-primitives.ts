import { z } from 'zod';
import { isDuration } from '../tasks/iso-duration.js';
import { workingDaysOf } from '../calendar/working-day-duration.js';
import { BUILT_IN_CALENDARS } from '../calendar/calendars.js';
import { reminderPolicyErrors, type ReminderPolicy } from '../tasks/reminder-policy.js';

/** The building blocks of every template schema. */
export const key = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'a lower-case key of letters, digits and dashes');

/** Swedish label with the English one beside it, as the UI shows them. */
export const localizedTextSchema = z.object({ sv: z.string().min(1).max(5000), en: z.string().min(1).max(5000) }).strict();

/** Something a program names and the UI labels: a category, a level, a method, a role … */
export const labelledSchema = z.object({ key, name: localizedTextSchema, description: localizedTextSchema.optional() }).strict();

export const duration = z.string().refine(isDuration, 'an ISO 8601 duration such as P3D or PT12H (no years or months)');
/** A built-in working-day calendar and what counts as a day off. */
export const calendarChoiceSchema = z
  .object({ key: z.enum(BUILT_IN_CALENDARS.map((c) => c.key) as [string, ...string[]]), basis: z.enum(['working-days', 'school-year']).default('working-days') })
  .strict();

/** A window that may also be counted in working days (3WD) of the calendar it follows. */
export const windowDuration = z.string().refine((d) => isDuration(d) || workingDaysOf(d) !== null, 'an ISO 8601 duration such as P3D or PT12H (no years or months), or working days such as 3WD');
export const reminderPolicySchema = z.custom<ReminderPolicy>((v) => typeof v === 'object' && v !== null && reminderPolicyErrors(v as ReminderPolicy).length === 0, {
  message: 'a reminder policy: {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}',
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The paths of strings in `value` that are not well-formed Unicode (a lone surrogate, which JSON
 * may carry but PostgreSQL's jsonb refuses): `phases[0].name.sv`. Empty when every string is whole.
 */
export function malformedTextPaths(value: unknown, path: (string | number)[] = []): string[] {
  if (typeof value === 'string') return wellFormed(value) ? [] : [templatePath(path) || '(body)'];
  if (Array.isArray(value)) return value.flatMap((v, i) => malformedTextPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(wellFormed(k) ? [] : [templatePath([...path, k])]), ...malformedTextPaths(v, [...path, k])]);
  return [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

/** A path into a template as an editor shows it: `phases[2].steps[0].kind`. */
export function templatePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
