import { parseProgramTemplate, type ProgramTemplate } from './program-template.js';
import { BUILT_IN_TEMPLATES } from './template-catalog.js';

export { findTemplate } from './template-catalog.js';

export const BUILT_IN_TEMPLATE_KEYS: readonly string[] = [...new Set(BUILT_IN_TEMPLATES.map((t) => t.key))];

/** Every built-in template, validated against the schema; throws on the first broken one. */
export function validateBuiltInTemplates(): readonly ProgramTemplate[] {
  return BUILT_IN_TEMPLATES.map(parseProgramTemplate);
}
