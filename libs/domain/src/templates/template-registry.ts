import type { ProgramTemplate } from './program-template.js';
import { builtInTemplates } from './template-catalog.js';

export { findTemplate, builtInTemplates, TEMPLATE_DIR } from './template-catalog.js';

/** The keys of the built-in templates, in file order. */
export function builtInTemplateKeys(): string[] {
  return [...new Set(builtInTemplates().map((t) => t.key))];
}

/** Every built-in template, validated against the schema; throws on the first broken one. */
export function validateBuiltInTemplates(): readonly ProgramTemplate[] {
  return builtInTemplates();
}
