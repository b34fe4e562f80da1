/**
 * The shapes of the API answers the pages read, as the contract declares them (the types
 * openapi-typescript generates from libs/api-client/openapi.json; `npm run contract` regenerates
 * them). Answers the contract does not declare yet are in contract-gaps.ts.
 */
import type { AnswerField, AnswerForm, Meeting } from '@gov/domain';
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

// TODO(contract): TaskView.answerForm and TaskView.answer are declared as objects without properties
// (generated as Record<string, never>); the server sends the domain's AnswerForm and answer.
export type FormField = AnswerField;
export const answerFormOf = (task: Task) => task.answerForm as unknown as AnswerForm | null;
export const answerOf = (task: Task) => task.answer as unknown as Record<string, unknown> | null;
// TODO(contract): TaskView.meeting is declared as an object without properties; the server sends the domain's Meeting.
export const meetingOf = (task: Task) => task.meeting as unknown as Meeting | null;
