import type { CohortSettings } from './cohort-template.js';
import type { ProgramTemplateInput } from './program-template.js';
import { fastTrackTemplate, fastTrackTemplateV2 } from './fast-track.template.js';
import { yrkessvenskaTemplate } from './yrkessvenska.template.js';

const COMPILED: readonly ProgramTemplateInput[] = [fastTrackTemplate, fastTrackTemplateV2, yrkessvenskaTemplate];

/**
 * The cohort settings of a built-in cohort template as compiled into the workflow bundle, for
 * participant journeys whose input does not carry them (pure data: no schema library, no files).
 */
export function compiledCohortSettings(key: string, version: number): CohortSettings | undefined {
  const c = COMPILED.find((t) => t.key === key && t.version === version)?.cohort;
  return c && ({ ...c, modules: c.modules.map((m) => ({ ...m, requires: m.requires ?? [] })) } as CohortSettings);
}
