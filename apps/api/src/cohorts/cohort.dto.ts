import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LIST_KINDS } from '@gov/domain';
import { IsPlainText } from '../common/plain-text.js';

export class CreateCohortDto {
  @ApiProperty({ example: 'Fast Track hösten 2019' }) @IsPlainText(1, 200) name: string;
  @ApiProperty({ example: '2019-09-20T17:00:00+02:00', description: 'The info meeting; interest registration stays open for the template’s window after it' })
  @IsISO8601({ strict: true, strictSeparator: true })
  infoMeetingAt: string;
}

export class AttendeesDto {
  @ApiProperty({ type: [String], description: 'Participants (persons of role participant) who came to the info meeting' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  personIds: string[];
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') personId: string;
}

export class PlaceOnListDto extends PersonRefDto {
  @ApiProperty({ enum: LIST_KINDS }) @IsIn(LIST_KINDS as unknown as string[]) list: (typeof LIST_KINDS)[number];
}

export class AnswerOfferDto {
  @ApiProperty({ description: 'true: take the place; false: decline it (it moves on)' }) @IsBoolean() accept: boolean;
}

export class AssessmentDto {
  @ApiProperty({ enum: ['basic', 'good', 'very-good'], description: 'Prior knowledge, from basic to very good' }) @IsIn(['basic', 'good', 'very-good']) level: 'basic' | 'good' | 'very-good';
  @ApiProperty() @IsBoolean() universityStudies: boolean;
  @ApiProperty({ example: 'planned', description: "One of the template's pace profiles" }) @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'paceKey must be a pace profile key' }) paceKey: string;
  @ApiProperty({ example: 1, minimum: 0.5, maximum: 2, description: 'Ambition agreed in the conversation (1 = as planned)' }) @IsNumber() @Min(0.5) @Max(2) ambition: number;
}

export class PlanChangeDto {
  @ApiProperty({ example: 'faster' }) @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'paceKey must be a pace profile key' }) paceKey: string;
  @ApiProperty({ example: 1.2, minimum: 0.5, maximum: 2 }) @IsNumber() @Min(0.5) @Max(2) ambition: number;
}

export class ProgressDto {
  @ApiProperty({ example: 3, description: 'The program week' }) @IsInt() @Min(1) @Max(104) week: number;
  @ApiProperty({ example: 2, description: 'Items completed that week' }) @IsInt() @Min(0) @Max(1000) completed: number;
}

export class LeaveDto {
  @ApiProperty({ enum: ['completed', 'dropped'] }) @IsIn(['completed', 'dropped']) outcome: 'completed' | 'dropped';
}

export class AnalyticsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'An earlier cohort to compare with ("weeks ahead or behind")' }) @IsOptional() @IsUUID('4') referenceCohortId?: string;
}

export class EvaluationDto {
  @ApiProperty({ example: '2019-11-05' }) @IsDateString({ strict: true }) @Length(10, 10, { message: 'heldOn must be a date YYYY-MM-DD' }) heldOn: string;
  @ApiProperty({ example: 'Fokusgrupp 1 (Stockholms stad)' }) @IsPlainText(1, 200) group: string;
  @ApiProperty({ maxLength: 20_000 }) @IsString() @Length(1, 20_000) findings: string;
}

export class CohortReportQuery extends AnalyticsQuery {
  @ApiPropertyOptional({ enum: ['json', 'markdown'] }) @IsOptional() @IsIn(['json', 'markdown']) format?: 'json' | 'markdown';
  @ApiPropertyOptional({ enum: ['sv', 'en'] }) @IsOptional() @IsIn(['sv', 'en']) lang?: 'sv' | 'en';
}
