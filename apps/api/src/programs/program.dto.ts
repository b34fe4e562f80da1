import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsPlainText } from '../common/plain-text.js';
import { BUILT_IN_TEMPLATE_KEYS } from '@gov/domain';
import type { ProgramState } from '@gov/temporal/contracts';

export class CreateProgramDto {
  @ApiProperty({ enum: BUILT_IN_TEMPLATE_KEYS, example: 'skola-forst', description: 'Built-in program template' })
  @IsString()
  @IsIn(BUILT_IN_TEMPLATE_KEYS as string[], { message: `templateKey must be one of: ${BUILT_IN_TEMPLATE_KEYS.join(', ')}` })
  templateKey: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Template version; the latest when omitted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  templateVersion?: number;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Kraftsamling Skola först 2019' })
  @IsPlainText(1, 200)
  name: string;
}

export class ProgramPhaseView {
  @ApiProperty() key: string;
  @ApiProperty({ enum: ['pending', 'active', 'completed'] }) status: string;
}

export class ProgramLiveStateView {
  @ApiProperty({ enum: ['active', 'closed'] }) status: ProgramState['status'];
  @ApiProperty({ nullable: true, type: String }) currentPhaseKey: string | null;
  @ApiProperty({ type: [ProgramPhaseView] }) phases: ProgramPhaseView[];
  @ApiProperty() startedAt: string;
}

export class ProgramView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() templateKey: string;
  @ApiProperty() templateVersion: number;
  @ApiProperty() workflowId: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: ProgramLiveStateView, nullable: true, description: 'Live state from the workflow; null when Temporal cannot answer' })
  live?: ProgramLiveStateView | null;
}

export class ProgramPageView {
  @ApiProperty({ type: [ProgramView] }) items: ProgramView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
