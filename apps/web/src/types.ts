/**
 * The shapes of the API answers the pages read, as the contract declares them (the types
 * openapi-typescript generates from libs/api-client/openapi.json; `npm run contract` regenerates
 * them). A page's own answer types name the generated schema where the page is.
 */
import type { Schemas } from './api.js';

/** Something with a key and a name in both languages (a phase, a step, a matrix level…). */
export type Labelled = Pick<Schemas['PhaseDefinitionView'], 'key' | 'name'>;
export type PhaseDefinition = Schemas['PhaseDefinitionView'];
export type Template = Schemas['TemplateView'];
export type ProgramPosition = Schemas['ProgramPositionView'];
export type Program = Schemas['ProgramView'];
export type Task = Schemas['TaskView'];
export type Person = Schemas['PersonView'];
export type Organization = Schemas['OrganizationView'];

export type FormField = Schemas['AnswerField'];
