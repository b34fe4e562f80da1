import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import type { ProgramState } from '@gov/temporal/contracts';

export class CreateProgramDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9-]{1,62}$', example: 'skola-forst', description: 'A template listed by GET /templates: built-in (skola-forst, fast-track, projektmodell) or registered' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'templateKey must be a template key (lower-case letters, digits and dashes)' })
  templateKey: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10_000, description: 'Template version; the latest when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  templateVersion?: number;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Kraftsamling Skola först 2019' })
  @IsPlainText(1, 200)
  name: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      "Overrides of the template's governance, each a whole list or setting (e.g. needCategories, focusAreas, matrixLevels, network, durations); validated with the rest of the template",
    example: { network: { initialEvery: 'P2W', initialMeetings: 3, thenEvery: 'P13W', statusReportBefore: 'P7D' } },
  })
  @IsOptional()
  @IsObject()
  governance?: Record<string, unknown>;
}

export class ProgramPositionView {
  @ApiProperty({ enum: ['active', 'closed'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) phaseKey: string | null;
  @ApiProperty({ nullable: true, type: String }) stepKey: string | null;
  @ApiProperty({ nullable: true, enum: ['open', 'completed'] }) stepStatus: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The open step's task" }) stepTaskId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The open gate task, while the steering group has not decided' }) gateTaskId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "The gate's decision maker named in the collaboration model, the only person who decides the gate; null until named, and for a contact person unless it is themselves or a person of their organization",
  })
  gateOwnerId: string | null;
}

export class ProgramPhaseView {
  @ApiProperty() key: string;
  @ApiProperty({ enum: ['pending', 'active', 'returned', 'sent-back', 'completed', 'stopped'] }) status: string;
  @ApiPropertyOptional() rounds?: number;
}

export class GateView {
  @ApiProperty() phaseKey: string;
  @ApiProperty() round: number;
  @ApiProperty() taskId: string;
  @ApiProperty({ enum: ['open', 'decided'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: "The outcome decided (one of the decision point's outcome keys)" }) decision: string | null;
}

export class ProgramLiveStateView {
  @ApiProperty({ enum: ['active', 'closed'] }) status: ProgramState['status'];
  @ApiProperty({ nullable: true, type: String }) currentPhaseKey: string | null;
  @ApiProperty({ type: [ProgramPhaseView] }) phases: ProgramPhaseView[];
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) activePhaseWorkflowId?: string | null;
  @ApiPropertyOptional({ nullable: true, type: GateView }) gate?: GateView | null;
}

export class LocalizedLabelView {
  @ApiProperty() sv: string;
  @ApiProperty() en: string;
}

export class StepDefinitionView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ description: 'The step kind: what the step edits and when it may complete (GET /templates/step-kinds lists them)', example: 'form' })
  kind: string;
}

export class GateOutcomeView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ enum: ['next', 'repeat', 'back', 'close'], description: 'next → the next phase (or the program completes); repeat → the phase opens again with its plan revised; back → an earlier phase opens again; close → the program closes' })
  effect: string;
  @ApiPropertyOptional({ description: 'For back: the phase the program returns to' }) to?: string;
  @ApiProperty({ description: 'The decision needs a comment' }) commentRequired: boolean;
}

export class PhaseDefinitionView {
  @ApiProperty() key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ description: 'A decision point (gate) decided by the steering group closes the phase' }) gate: boolean;
  @ApiProperty({ type: [GateOutcomeView], description: "The decision point's outcomes; empty without one" }) outcomes: GateOutcomeView[];
  @ApiProperty({ type: [StepDefinitionView], description: 'Completed in order' }) steps: StepDefinitionView[];
}

export class TemplateView {
  @ApiProperty() key: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['phased-program', 'cohort'] }) kind: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
  @ApiProperty({ type: LocalizedLabelView }) description: LocalizedLabelView;
  @ApiProperty({ type: [PhaseDefinitionView] }) phases: PhaseDefinitionView[];
}

export class ProgramView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() templateKey: string;
  @ApiProperty() templateVersion: number;
  @ApiPropertyOptional({ enum: ['phased-program', 'cohort'], description: "The template's kind: a phased program (its phases, steps and decision points) or a cohort program (its cohorts); absent when its template is not stored" })
  kind?: 'phased-program' | 'cohort';
  @ApiProperty() workflowId: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: ProgramPositionView, description: 'Where a governed program stands (read model)' })
  position?: ProgramPositionView;
  @ApiPropertyOptional({ type: ProgramLiveStateView, nullable: true, description: 'Live state from the workflow; null when Temporal cannot answer' })
  live?: ProgramLiveStateView | null;
  @ApiPropertyOptional({ type: [PhaseDefinitionView], description: "The template's phases with their steps and gates (one program)" })
  phases?: PhaseDefinitionView[];
}

export class ProgramPageView {
  @ApiProperty({ type: [ProgramView] }) items: ProgramView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
