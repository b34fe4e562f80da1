import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_STATUSES } from '@gov/domain';
import { ToInteger } from '../common/integers.js';
import { IsDay } from '../common/day.js';
import { IsMoment } from '../common/moment.js';
import { IsPlainText, PLAIN_TEXT } from '../common/plain-text.js';
import { IsUuidV4, UUID_V4, UUID_V4_ITEMS } from '../common/uuid.pipe.js';
import { PageQuery } from '../common/page.dto.js';
import { SteeringDecisionParts } from '../steering/steering.dto.js';

const KEY = /^[a-z][a-z0-9-]{1,62}$/;
const keyMessage = '$property must be a lower-case key of letters, digits and dashes';
/** For @ApiProperty: a key of the program's lists (categories, groups, levels …), as KEY checks it. */
const key = { type: String, pattern: KEY.source } as const;
const keys = (minItems: number, maxItems: number) => ({ type: 'array', items: { type: 'string', pattern: KEY.source }, minItems, maxItems, uniqueItems: true }) as const;

export class CreateSessionDto {
  @ApiProperty({ ...key, example: 'workshop', description: "One of the program's session kinds (workshop, interview, conversation)" })
  @Matches(KEY, { message: keyMessage })
  kind: string;

  @ApiProperty({ example: 'Workshop med rektorer, Skiljebo' })
  @IsPlainText(1, 200)
  title: string;

  @ApiProperty({ example: '2019-01-15', description: 'The day it was (or is planned to be) held' })
  @IsDay()
  heldOn: string;

  @ApiProperty({ ...keys(1, 20), example: ['teachers', 'managers'], description: "Keys of the program's participant groups" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  participantGroups: string[];

  @ApiPropertyOptional({ ...UUID_V4, description: 'The department or company the session was held with' })
  @IsOptional()
  @IsUuidV4()
  organizationId?: string;
}

export class CreateNeedDto {
  @ApiProperty({ example: 'Fler vuxna i skolan under rasterna', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  text: string;

  @ApiPropertyOptional({ ...key, example: 'trust-safety', description: "One of the program's need categories (may come later, in categorization)" })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  categoryKey?: string;

  @ApiPropertyOptional({ ...key, example: 'q1-trust', description: 'The question the need answers' })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  questionKey?: string;
}

export class NeedsQuery extends PageQuery {
  @ApiPropertyOptional({ ...key, description: 'Only needs of this category' })
  @IsOptional()
  @Matches(KEY, { message: keyMessage })
  category?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only needs without a category' })
  @IsOptional()
  @IsIn(['true', 'false'])
  uncategorized?: string;
}

export class CategoryAssignmentDto {
  @ApiProperty(UUID_V4)
  @IsUuidV4()
  needId: string;

  @ApiProperty({ ...key, example: 'health' })
  @Matches(KEY, { message: keyMessage })
  categoryKey: string;
}

export class CategorizeNeedsDto {
  @ApiProperty({ type: [CategoryAssignmentDto], minItems: 1, maxItems: 10_000 })
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
  @ApiProperty({ ...key, example: 'adult-relations' })
  @Matches(KEY, { message: keyMessage })
  key: string;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: "The name; the template's suggestion with the same key when omitted" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiProperty({ ...keys(1, 50), example: ['trust-safety', 'future-belief-support'], description: 'The need categories this focus area answers' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  categoryKeys: string[];
}

export class SetFocusAreasDto {
  @ApiProperty({ type: [FocusAreaDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FocusAreaDto)
  focusAreas: FocusAreaDto[];
}

export class RoleBodiesDto {
  @ApiProperty({ ...key, example: 'steering-group' })
  @Matches(KEY, { message: keyMessage })
  roleKey: string;

  @ApiProperty({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 200, pattern: PLAIN_TEXT.source }, minItems: 1, maxItems: 10, uniqueItems: true, example: ['Hållbarhetsarenan'] })
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
  @ApiProperty({ type: [RoleBodiesDto], minItems: 1, maxItems: 10 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => RoleBodiesDto)
  roles: RoleBodiesDto[];

  @ApiProperty({
    ...UUID_V4,
    description: "The steering group's decision maker: a person of the project office or a contact person holding the gate.decide permission (never a manager or a participant). The gate's task goes to them, and only they decide the gate",
  })
  @IsUuidV4()
  gateOwnerId: string;
}

export class AddNetworkMemberDto {
  @ApiProperty(UUID_V4) @IsUuidV4() organizationId: string;
  @ApiProperty({ ...UUID_V4, description: 'A contact person of that organization' }) @IsUuidV4() personId: string;
}

export class StartNetworkDto {
  @ApiProperty({ example: '2019-04-10T09:00:00+02:00', description: 'The kickoff meeting' })
  @IsMoment()
  kickoffAt: string;
}

export class RecordMeetingDto {
  @ApiProperty({ ...UUID_V4_ITEMS, maxItems: 500, uniqueItems: true, description: 'Persons present (members of the network)' })
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUuidV4({ each: true })
  attendeeIds: string[];

  @ApiProperty({ minLength: 1, maxLength: 20_000 })
  @IsString()
  @Length(1, 20_000)
  minutes: string;
}

export class CreateCommunicationItemDto {
  @ApiProperty({ example: 'Nyhet på intranätet om Skola först' }) @IsPlainText(1, 200) title: string;
  @ApiProperty({ ...key, example: 'intranet' }) @Matches(KEY, { message: keyMessage }) channel: string;
  @ApiProperty({ ...key, example: 'boards' }) @Matches(KEY, { message: keyMessage }) audience: string;
  @ApiProperty({ enum: ['one-off', 'continuous'] }) @IsIn(['one-off', 'continuous']) recurrence: 'one-off' | 'continuous';
  @ApiProperty({ example: '2019-05-01' })
  @IsDay()
  dueOn: string;
}

export class DecideGateDto extends SteeringDecisionParts {
  @ApiProperty({
    pattern: '^[a-z][a-z0-9-]{1,62}$',
    example: 'approve',
    description:
      "One of the decision point's outcomes in the program's template (GET /programs/{id} lists them per phase). Skola först: approve → next phase; return → the phase opens again (comment required); stop → the program closes",
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'decision must be an outcome key of the decision point' })
  decision: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 5000, description: 'What to change, or why: required by the outcomes that say so (return, revise, send back)' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;
}

/** A question's (or sub-question's) text, in Swedish and English. */
export class QuestionTextDto {
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @Length(1, 2000) sv: string;
  @ApiProperty({ minLength: 1, maxLength: 2000 }) @IsString() @Length(1, 2000) en: string;
}

export class SubQuestionDto {
  @ApiProperty({ ...key, example: 'q5a-obstacles' }) @Matches(KEY, { message: keyMessage }) key: string;
  @ApiProperty({ type: QuestionTextDto }) @IsObject() @ValidateNested() @Type(() => QuestionTextDto) text: QuestionTextDto;
}

export class QuestionDto {
  @ApiProperty({ ...key, example: 'q1-trust' }) @Matches(KEY, { message: keyMessage }) key: string;
  @ApiProperty({ type: QuestionTextDto }) @IsObject() @ValidateNested() @Type(() => QuestionTextDto) text: QuestionTextDto;

  @ApiPropertyOptional({ type: [SubQuestionDto], maxItems: 20, description: 'None when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubQuestionDto)
  subQuestions?: SubQuestionDto[];
}

export class SetQuestionsDto {
  @ApiProperty({ type: [QuestionDto], minItems: 1, maxItems: 30, description: 'The question set (keys distinct across questions and sub-questions)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];
}

export class ProposeActivityDto {
  @ApiProperty({ example: 'Läxhjälp på fritidsgården' }) @IsPlainText(1, 200) title: string;

  @ApiPropertyOptional({ minLength: 0, maxLength: 10_000 }) @IsOptional() @IsString() @Length(0, 10_000) description?: string;

  @ApiProperty({ ...keys(1, 9), example: ['adult-relations'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(9)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  focusAreaKeys: string[];

  @ApiProperty({ ...keys(1, 10), example: ['unit'], description: 'Levels of the activity matrix' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  levelKeys: string[];

  @ApiProperty({ ...UUID_V4_ITEMS, minItems: 1, maxItems: 50, uniqueItems: true, description: 'Owning departments/companies' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUuidV4({ each: true })
  ownerOrganizationIds: string[];

  @ApiProperty({ ...UUID_V4, description: 'The responsible contact person (of an owning organization)' }) @IsUuidV4() responsibleId: string;

  @ApiProperty({ ...key, example: 'service-design' }) @Matches(KEY, { message: keyMessage }) methodKey: string;

  @ApiProperty({ type: 'array', items: { type: 'integer', minimum: 1, maximum: 50 }, minItems: 1, maxItems: 50, uniqueItems: true, example: [4, 5], description: "Numbers of the program's effect goals it serves" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(50, { each: true })
  effectGoalNumbers: number[];

  @ApiPropertyOptional({ ...UUID_V4_ITEMS, minItems: 0, maxItems: 50, uniqueItems: true, description: 'The indicators it should move, each measuring one of its effect goals (none when omitted)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUuidV4({ each: true })
  indicatorIds?: string[];

  @ApiProperty({ example: '2019-09-01' }) @IsDay() plannedStart: string;
  @ApiProperty({ example: '2020-06-15' }) @IsDay() plannedEnd: string;
}

export class ScaleUpDto {
  @ApiPropertyOptional({ ...keys(1, 10), description: 'Levels of the successor (wider than now), the current ones when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: keyMessage })
  levelKeys?: string[];

  @ApiPropertyOptional({ ...UUID_V4_ITEMS, minItems: 1, maxItems: 50, uniqueItems: true, description: 'Owners of the successor (more than now), the current ones when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUuidV4({ each: true })
  ownerOrganizationIds?: string[];

  @ApiPropertyOptional() @IsOptional() @IsPlainText(1, 200) title?: string;
}

export class EvaluateActivityDto {
  @ApiProperty({ enum: ['end', 'continue', 'scale-up'] }) @IsIn(['end', 'continue', 'scale-up']) decision: 'end' | 'continue' | 'scale-up';
  @ApiProperty({ minLength: 1, maxLength: 5000 }) @IsString() @Length(1, 5000) rationale: string;
  @ApiPropertyOptional({ type: ScaleUpDto, description: 'Required for scale-up: the wider successor' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScaleUpDto)
  scaleUp?: ScaleUpDto;
}

export class ActivitiesQuery extends PageQuery {
  @ApiPropertyOptional(key) @IsOptional() @Matches(KEY, { message: keyMessage }) focusArea?: string;
  @ApiPropertyOptional(key) @IsOptional() @Matches(KEY, { message: keyMessage }) level?: string;
  @ApiPropertyOptional({ enum: ACTIVITY_STATUSES }) @IsOptional() @IsIn(ACTIVITY_STATUSES as unknown as string[]) status?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50, description: 'Only activities serving this effect goal' }) @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(50) effectGoal?: number;
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

/** A label of the file mapped to a key of the program's list: at most 100 labels per list. */
const labelMap = (list: string) =>
  ({
    type: 'object',
    additionalProperties: { type: 'string', pattern: KEY.source },
    maxProperties: 100,
    description: `Labels of the file's column mapped to keys of the program's ${list}, e.g. {"Trivsel": "health"}`,
  }) as const;

export class NeedsLabelMappingDto {
  @ApiPropertyOptional(labelMap('need categories'))
  @IsOptional()
  @IsObject()
  categories?: Record<string, string>;

  @ApiPropertyOptional(labelMap('session kinds (the source column)'))
  @IsOptional()
  @IsObject()
  sources?: Record<string, string>;

  @ApiPropertyOptional(labelMap('participant groups'))
  @IsOptional()
  @IsObject()
  groups?: Record<string, string>;
}

export class ImportNeedsFileDto {
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 1_000_000,
    description: 'The gathering\'s needs as CSV with the header "text,source,group,category" (question optional; category may be empty): source a session kind and group a participant group, each by key, Swedish or English name',
  })
  @IsString()
  @Length(1, 1_000_000)
  csv: string;

  @ApiPropertyOptional({ type: NeedsLabelMappingDto, description: 'What the labels the program does not know stand for (a dry run lists them)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NeedsLabelMappingDto)
  mapping?: NeedsLabelMappingDto;

  @ApiPropertyOptional({ description: 'The day of the sessions the import makes (default: today in Stockholm)' })
  @IsOptional()
  @IsDay()
  heldOn?: string;
}
