import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateBy, ValidateNested } from 'class-validator';
import { durationToMs, isDuration, workingDaysOf, type KnowledgeLevel, type ListKind } from '@gov/domain';
import { Type } from 'class-transformer';
import { COHORT_EVENT_KINDS, type CohortEventKind } from '@gov/persistence';
import { IsDay } from '../common/day.js';
import { IsMoment } from '../common/moment.js';
import { IsPlainText } from '../common/plain-text.js';
import { IsUuidV4, UUID_V4, UUID_V4_ITEMS } from '../common/uuid.pipe.js';
import { TaskCalendarDto } from '../tasks/task.dto.js';

const KEY_PATTERN = '^[a-z][a-z0-9-]{1,62}$';
/** A key of the cohort's template (a list, a knowledge level): its form here, the template's own keys in the service (400 naming them). */
const TEMPLATE_KEY = /^[a-z][a-z0-9-]{1,62}$/;

export class CreateCohortDto {
  @ApiProperty({ example: 'Fast Track hösten 2019' }) @IsPlainText(1, 200) name: string;
  @ApiProperty({ example: '2019-09-20T17:00:00+02:00', description: 'The info meeting; interest registration stays open for the template’s window after it' })
  @IsMoment()
  infoMeetingAt: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10_000, example: 12, description: 'Places in this cohort (default: the template’s capacity)' }) @IsOptional() @IsInt() @Min(1) @Max(10_000) capacity?: number;
  @ApiPropertyOptional({ example: 'P3D', description: 'How long a person has to answer an offered place: an ISO 8601 duration of at least 1 second, or working days (3WD) of the cohort’s calendar (default: the template’s)' })
  @IsOptional()
  @ValidateBy({
    name: 'isResponseDuration',
    validator: {
      validate: (value: unknown) => (isDuration(value) && durationToMs(value as string) >= 1_000) || (workingDaysOf(value) ?? 0) >= 1,
      defaultMessage: () => 'offerResponse must be an ISO 8601 duration of at least 1 second, such as P3D, or working days such as 3WD',
    },
  })
  offerResponse?: string;

  @ApiPropertyOptional({ type: TaskCalendarDto, description: 'The working-day calendar an offer window in working days counts (default: Sweden’s working days)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskCalendarDto)
  calendar?: TaskCalendarDto;
}

/** Up to 1,000 distinct person ids: the info meeting's attendees, an event's, a batch admission. */
export class PersonIdsDto {
  @ApiProperty({ ...UUID_V4_ITEMS, minItems: 1, maxItems: 1000, uniqueItems: true, description: 'Person ids (1 to 1,000, distinct)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUuidV4({ each: true })
  personIds: string[];
}

/** Participants (persons of role participant) who came to the info meeting, or to an event. */
export class AttendeesDto extends PersonIdsDto {}

export class PersonRefDto {
  @ApiProperty(UUID_V4) @IsUuidV4() personId: string;
}

export class PlaceOnListDto extends PersonRefDto {
  @ApiProperty({ example: 'waiting', pattern: KEY_PATTERN, description: "One of the lists of the cohort's template (the cohort's listOrder; Fast Track: waiting, active-interest, passive-interest); another is a 400 naming them" })
  @Matches(TEMPLATE_KEY, { message: 'list must be a list key of the cohort' })
  list: ListKind;
}

export class AnswerOfferDto {
  @ApiProperty({ description: 'true: take the place; false: decline it (it moves on)' }) @IsBoolean() accept: boolean;
}

export class AssessmentDto {
  @ApiProperty({ example: 'good', pattern: KEY_PATTERN, description: "Prior knowledge: one of the knowledge levels of the cohort's template (Fast Track: basic, good, very-good); another is a 400 naming them" })
  @Matches(TEMPLATE_KEY, { message: 'level must be a knowledge level key of the cohort' })
  level: KnowledgeLevel;
  @ApiProperty() @IsBoolean() universityStudies: boolean;
  @ApiProperty({ example: 'planned', pattern: KEY_PATTERN, description: "One of the template's pace profiles" }) @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'paceKey must be a pace profile key' }) paceKey: string;
  @ApiProperty({ example: 1, minimum: 0.5, maximum: 2, description: 'Ambition agreed in the conversation (1 = as planned)' }) @IsNumber() @Min(0.5) @Max(2) ambition: number;
}

export class LevelAssessmentDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 104, example: 5, description: 'The program week of the follow-up (after the last assessment)' }) @IsInt() @Min(1) @Max(104) week: number;
  @ApiProperty({ example: 'very-good', pattern: KEY_PATTERN, description: "The knowledge level now: one of the cohort template's (another is a 400 naming them)" })
  @Matches(TEMPLATE_KEY, { message: 'level must be a knowledge level key of the cohort' })
  level: KnowledgeLevel;
}

export class PlanChangeDto {
  @ApiProperty({ example: 'faster', pattern: KEY_PATTERN }) @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'paceKey must be a pace profile key' }) paceKey: string;
  @ApiProperty({ example: 1.2, minimum: 0.5, maximum: 2 }) @IsNumber() @Min(0.5) @Max(2) ambition: number;
}

export class ProgressDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 104, example: 3, description: 'The program week' }) @IsInt() @Min(1) @Max(104) week: number;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 1000, example: 2, description: 'Items completed that week' }) @IsInt() @Min(0) @Max(1000) completed: number;
}

export class LeaveDto {
  @ApiProperty({ enum: ['completed', 'dropped'] }) @IsIn(['completed', 'dropped']) outcome: 'completed' | 'dropped';
}

export class AnalyticsQuery {
  @ApiPropertyOptional({ ...UUID_V4, description: 'An earlier cohort to compare with ("weeks ahead or behind")' }) @IsOptional() @IsUuidV4() referenceCohortId?: string;
}

export class EvaluationDto {
  @ApiProperty({ example: '2019-11-05' }) @IsDay() heldOn: string;
  @ApiProperty({ example: 'Fokusgrupp 1 (Stockholms stad)' }) @IsPlainText(1, 200) group: string;
  @ApiProperty({ minLength: 1, maxLength: 20_000 }) @IsString() @Length(1, 20_000) findings: string;
}

export class CohortReportQuery extends AnalyticsQuery {
  @ApiPropertyOptional({ enum: ['json', 'markdown', 'html'], description: 'Or use the Accept header (text/markdown, text/html)' }) @IsOptional() @IsIn(['json', 'markdown', 'html']) format?: 'json' | 'markdown' | 'html';
  @ApiPropertyOptional({ enum: ['sv', 'en'] }) @IsOptional() @IsIn(['sv', 'en']) lang?: 'sv' | 'en';
}

export class ProjectWorkDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 104, example: 11, description: 'The program week (project work follows the study weeks)' }) @IsInt() @Min(1) @Max(104) week: number;
}

/** admit, the key of one of the cohort's lists, or not-suitable. */
export type InterviewOutcome = string;

export class InterviewDto extends PersonRefDto {
  @ApiProperty({ ...UUID_V4, description: 'Who holds the interview (project office or contact person); the task and its calendar invitation go to them' })
  @IsUuidV4()
  interviewerId: string;
  @ApiProperty({ example: '2019-10-07T10:00:00+02:00' }) @IsMoment() startsAt: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 10, maximum: 240, example: 45, description: 'Minutes (default 45)' }) @IsOptional() @IsInt() @Min(10) @Max(240) minutes?: number;
}

export class InterviewOutcomeDto {
  @ApiProperty({ example: 'admit', pattern: KEY_PATTERN, description: "admit (up to the capacity), the key of one of the cohort template's lists (Fast Track: waiting, active-interest, passive-interest), or not-suitable; another is a 400 naming them" })
  @Matches(TEMPLATE_KEY, { message: 'outcome must be admit, a list key of the cohort, or not-suitable' })
  outcome: InterviewOutcome;
  @ApiPropertyOptional({ minLength: 0, maxLength: 2000 }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
}

export class CohortEventDto {
  @ApiProperty({ enum: COHORT_EVENT_KINDS }) @IsIn(COHORT_EVENT_KINDS as unknown as string[]) kind: CohortEventKind;
  @ApiProperty({ example: 'AWS Summit Stockholm' }) @IsPlainText(1, 200) title: string;
  @ApiProperty({ example: '2019-11-14' }) @IsDay() heldOn: string;
}

/** Registered people to admit together (1 to 1,000), all or none. */
export class AdmitManyDto extends PersonIdsDto {}
