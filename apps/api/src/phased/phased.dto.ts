import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_STATUSES, GATE_DECISIONS } from '@gov/domain';
import { IsPlainText } from '../common/plain-text.js';
import { PageQuery } from '../common/page.dto.js';

const KEY = /^[a-z][a-z0-9-]{1,62}$/;
const keyMessage = '$property must be a lower-case key of letters, digits and dashes';

export class CreateSessionDto {
  @ApiProperty({ example: 'workshop', description: "One of the program's session kinds (workshop, interview, conversation)" })
  @Matches(KEY, { message: keyMessage })
  kind: string;

  @ApiProperty({ example: 'Workshop med rektorer, Skiljebo' })
  @IsPlainText(1, 200)
  title: string;

  @ApiProperty({ example: '2019-01-15', description: 'The day it was (or is planned to be) held' })
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'heldOn must be a date YYYY-MM-DD' })
  heldOn: string;

  @ApiProperty({ example: ['teachers', 'managers'], description: "Keys of the program's participant groups" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  participantGroups: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'The department or company the session was held with' })
  @IsOptional()
  @IsUUID('4')
  organizationId?: string;
}

export class CreateNeedDto {
  @ApiProperty({ example: 'Fler vuxna i skolan under rasterna', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  text: string;

  @ApiPropertyOptional({ example: 'trust-safety', description: "One of the program's need categories (may come later, in categorization)" })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  categoryKey?: string;

  @ApiPropertyOptional({ example: 'q1-trust', description: 'The question the need answers' })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  questionKey?: string;
}

export class NeedsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only needs of this category' })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  category?: string;

  @ApiPropertyOptional({ description: 'Only needs without a category' })
  @IsOptional()
  @IsIn(['true', 'false'])
  uncategorized?: string;
}

export class CategoryAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4')
  needId: string;

  @ApiProperty({ example: 'health' })
  @Matches(KEY, { message: keyMessage })
  categoryKey: string;
}

export class CategorizeNeedsDto {
  @ApiProperty({ type: [CategoryAssignmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ValidateNested({ each: true })
  @Type(() => CategoryAssignmentDto)
  assignments: CategoryAssignmentDto[];
}

export class LocalizedTextDto {
  @ApiProperty() @IsPlainText(1, 200) sv: string;
  @ApiProperty() @IsPlainText(1, 200) en: string;
}

export class FocusAreaDto {
  @ApiProperty({ example: 'adult-relations' })
  @Matches(KEY, { message: keyMessage })
  key: string;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: "The name; the template's suggestion with the same key when omitted" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiProperty({ example: ['trust-safety', 'future-belief-support'], description: 'The need categories this focus area answers' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  categoryKeys: string[];
}

export class SetFocusAreasDto {
  @ApiProperty({ type: [FocusAreaDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FocusAreaDto)
  focusAreas: FocusAreaDto[];
}

export class RoleBodiesDto {
  @ApiProperty({ example: 'steering-group' })
  @Matches(KEY, { message: keyMessage })
  roleKey: string;

  @ApiProperty({ example: ['Hållbarhetsarenan'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(/^[^\u0000-\u001f\u007f<>]+$/u, { each: true, message: 'bodies must not contain control characters or angle brackets' })
  bodies: string[];
}

export class SetCollaborationModelDto {
  @ApiProperty({ type: [RoleBodiesDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoleBodiesDto)
  roles: RoleBodiesDto[];

  @ApiProperty({
    format: 'uuid',
    description: "The steering group's decision maker: a person of the project office or a contact person holding the gate.decide permission (never a manager or a participant). The gate's task goes to them, and only they decide the gate",
  })
  @IsUUID('4')
  gateOwnerId: string;
}

export class AddNetworkMemberDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('4') organizationId: string;
  @ApiProperty({ format: 'uuid', description: 'A contact person of that organization' }) @IsUUID('4') personId: string;
}

export class StartNetworkDto {
  @ApiProperty({ example: '2019-04-10T09:00:00+02:00', description: 'The kickoff meeting' })
  @IsISO8601({ strict: true, strictSeparator: true })
  kickoffAt: string;
}

export class RecordMeetingDto {
  @ApiProperty({ type: [String], description: 'Persons present' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  attendeeIds: string[];

  @ApiProperty({ maxLength: 20_000 })
  @IsString()
  @Length(1, 20_000)
  minutes: string;
}

export class CreateCommunicationItemDto {
  @ApiProperty({ example: 'Nyhet på intranätet om Skola först' }) @IsPlainText(1, 200) title: string;
  @ApiProperty({ example: 'intranet' }) @Matches(KEY, { message: keyMessage }) channel: string;
  @ApiProperty({ example: 'boards' }) @Matches(KEY, { message: keyMessage }) audience: string;
  @ApiProperty({ enum: ['one-off', 'continuous'] }) @IsIn(['one-off', 'continuous']) recurrence: 'one-off' | 'continuous';
  @ApiProperty({ example: '2019-05-01' })
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn: string;
}

export class DecideGateDto {
  @ApiProperty({ enum: GATE_DECISIONS, description: 'approve → next phase; return → the phase opens again (comment required); stop → the program closes' })
  @IsIn(GATE_DECISIONS as string[])
  decision: 'approve' | 'return' | 'stop';

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;
}

export class SetQuestionsDto {
  @ApiProperty({ description: 'The question set: [{"key","text":{"sv","en"},"subQuestions":[…]}]' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  questions: unknown[];
}

export class ProposeActivityDto {
  @ApiProperty({ example: 'Läxhjälp på fritidsgården' }) @IsPlainText(1, 200) title: string;

  @ApiPropertyOptional({ maxLength: 10_000 }) @IsOptional() @IsString() @Length(0, 10_000) description?: string;

  @ApiProperty({ example: ['adult-relations'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  focusAreaKeys: string[];

  @ApiProperty({ example: ['unit'], description: 'Levels of the activity matrix' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  levelKeys: string[];

  @ApiProperty({ type: [String], description: 'Owning departments/companies' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  ownerOrganizationIds: string[];

  @ApiProperty({ format: 'uuid', description: 'The responsible contact person (of an owning organization)' }) @IsUUID('4') responsibleId: string;

  @ApiProperty({ example: 'service-design' }) @Matches(KEY, { message: keyMessage }) methodKey: string;

  @ApiProperty({ example: [4, 5], description: 'Numbers of the effect goals it serves' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(50, { each: true })
  effectGoalNumbers: number[];

  @ApiProperty({ example: '2019-09-01' }) @IsDateString({ strict: true }) @Length(10, 10, { message: 'plannedStart must be a date YYYY-MM-DD' }) plannedStart: string;
  @ApiProperty({ example: '2020-06-15' }) @IsDateString({ strict: true }) @Length(10, 10, { message: 'plannedEnd must be a date YYYY-MM-DD' }) plannedEnd: string;
}

export class ScaleUpDto {
  @ApiPropertyOptional({ description: 'Levels of the successor (wider than now), the current ones when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  levelKeys?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Owners of the successor (more than now), the current ones when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('4', { each: true })
  ownerOrganizationIds?: string[];

  @ApiPropertyOptional() @IsOptional() @IsPlainText(1, 200) title?: string;
}

export class EvaluateActivityDto {
  @ApiProperty({ enum: ['end', 'continue', 'scale-up'] }) @IsIn(['end', 'continue', 'scale-up']) decision: 'end' | 'continue' | 'scale-up';
  @ApiProperty({ maxLength: 5000 }) @IsString() @Length(1, 5000) rationale: string;
  @ApiPropertyOptional({ type: ScaleUpDto, description: 'Required for scale-up: the wider successor' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScaleUpDto)
  scaleUp?: ScaleUpDto;
}

export class ActivitiesQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(KEY, { message: keyMessage }) focusArea?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(KEY, { message: keyMessage }) level?: string;
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES }) @IsOptional() @IsIn(ACTIVITY_STATUSES as unknown as string[]) status?: string;
  @ApiPropertyOptional({ description: 'Only activities serving this effect goal' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50) effectGoal?: number;
}

export class ReportQuery {
  @ApiPropertyOptional({ enum: ['json', 'markdown', 'html'], description: 'Or use the Accept header (text/markdown, text/html)' })
  @IsOptional()
  @IsIn(['json', 'markdown', 'html'])
  format?: 'json' | 'markdown' | 'html';

  @ApiPropertyOptional({ enum: ['sv', 'en'] }) @IsOptional() @IsIn(['sv', 'en']) lang?: 'sv' | 'en';
}

export class ImportQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: check the file and answer a preview; nothing is imported or recorded' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
