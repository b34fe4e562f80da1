import { z } from 'zod';

const key = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/, 'a lower-case key of letters, digits and dashes');

/** Swedish label with the English one beside it, as the UI shows them. */
export const localizedTextSchema = z.object({ sv: z.string().min(1), en: z.string().min(1) }).strict();

export const phaseDefinitionSchema = z
  .object({
    key,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    /** A gate decided by the steering group closes the phase before the next one starts. */
    gate: z.boolean().default(false),
  })
  .strict();

export const programTemplateSchema = z
  .object({
    key,
    version: z.number().int().positive(),
    kind: z.enum(['phased-program', 'cohort']),
    name: localizedTextSchema,
    description: localizedTextSchema,
    source: z.string().min(1),
    phases: z.array(phaseDefinitionSchema).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.phases.forEach((p, i) => {
      if (seen.has(p.key)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'key'], message: `duplicate phase key '${p.key}'` });
      seen.add(p.key);
    });
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type PhaseDefinition = z.infer<typeof phaseDefinitionSchema>;
export type ProgramTemplate = z.infer<typeof programTemplateSchema>;
/** What a template file holds before defaults are applied. */
export type ProgramTemplateInput = z.input<typeof programTemplateSchema>;

export class TemplateValidationError extends Error {
  constructor(
    readonly templateKey: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`Program template '${templateKey}' is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

/** Validates template data (built-in or supplied by a municipality) and applies its defaults. */
export function parseProgramTemplate(data: unknown): ProgramTemplate {
  const result = programTemplateSchema.safeParse(data);
  if (!result.success) {
    const templateKey = typeof (data as { key?: unknown })?.key === 'string' ? (data as { key: string }).key : '(unknown)';
    throw new TemplateValidationError(
      templateKey,
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}
