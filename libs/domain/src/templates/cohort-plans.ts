import type { CohortSettings } from './cohort-template.js';
import type { ProgramTemplateInput } from './program-template.js';
import { fastTrackTemplateV2 } from './fast-track.template.js';

/** Fast Track version 2, the one cohort template whose journeys ran before their plan travelled in the input. */
const COMPILED: readonly ProgramTemplateInput[] = [fastTrackTemplateV2];

/**
 * The cohort settings of Fast Track version 2 as they were compiled into the workflow bundle, for
 * participant journeys started before their plan travelled in the input (pure data: no schema
 * library, no files). The template file libs/domain/templates/fast-track.v2.json is the engine's
 * source; a unit test holds this frozen copy equal to it.
 */
export function compiledCohortSettings(key: string, version: number): CohortSettings | undefined {
  const c = COMPILED.find((t) => t.key === key && t.version === version)?.cohort;
  return c && ({ ...c, modules: c.modules.map((m) => ({ ...m, requires: m.requires ?? [] })) } as CohortSettings);
}
