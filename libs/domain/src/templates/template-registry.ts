import { fastTrackTemplate } from './fast-track.template.js';
import { parseProgramTemplate, type ProgramTemplate } from './program-template.js';
import { skolaForstTemplate, skolaForstTemplateV2 } from './skola-forst.template.js';

// Built-in templates are validated when this module loads, so a broken one fails every process at once.
const builtIn: readonly ProgramTemplate[] = [skolaForstTemplate, skolaForstTemplateV2, fastTrackTemplate].map(parseProgramTemplate);

export const BUILT_IN_TEMPLATE_KEYS: readonly string[] = [...new Set(builtIn.map((t) => t.key))];

/** The template a program was started with: a running program keeps its version. */
export function findTemplate(key: string, version?: number): ProgramTemplate | undefined {
  const candidates = builtIn.filter((t) => t.key === key && (version === undefined || t.version === version));
  return candidates.sort((a, b) => b.version - a.version)[0];
}

export function listTemplates(): readonly ProgramTemplate[] {
  return builtIn;
}
