import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { BUILT_IN_CALENDARS, type Answer, type AnswerForm, type CalendarBasis, type Meeting, type ReminderPolicy, type TaskPurpose } from '@gov/domain';
import { IsMoment } from '../common/moment.js';
import { IsPlainText } from '../common/plain-text.js';
import { PageQuery } from '../common/page.dto.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';

/** Why a program (or a cohort) made a task: every TaskPurpose (the type check below keeps the list whole). */
export const TASK_PURPOSES = ['step', 'gate', 'network-status', 'activity-planning', 'activity-status', 'activity-evaluation', 'yearly-check', 'interview', 'offer', 'condition'] as const satisfies readonly TaskPurpose[];
const everyPurposeListed: Exclude<TaskPurpose, (typeof TASK_PURPOSES)[number]> extends never ? true : never = true;
void everyPurposeListed;

/** An ISO 8601 duration as reminder policies take it: weeks, days, hours, minutes, seconds (no years or months). */
const DURATION = {
  type: 'string',
  pattern: '^(P([0-9]+W)?([0-9]+D)?(T([0-9]+([.,][0-9]+)?H)?([0-9]+([.,][0-9]+)?M)?([0-9]+([.,][0-9]+)?S)?)?|(0|[1-9][0-9]{0,2})WD)$',
  example: 'P3D',
  description: 'ISO 8601 (P3D, PT12H) or working days (3WD) of the task’s calendar',
} as const;

/** What reminderPolicyErrors() takes (documented here; checked there, unknown keys refused). */
@ApiSchema({ name: 'ReminderPolicy', description: 'When the assignee is reminded: ISO 8601 durations before the due moment, then every overdueEvery, and an escalation escalateAfter' })
export class ReminderPolicySchema {
  @ApiProperty({ type: 'array', items: DURATION, maxItems: 10, example: ['P3D', 'PT0S'], description: 'Reminders this long before the due moment (PT0S: on it)' }) before: string[];
  @ApiPropertyOptional({ ...DURATION, type: String, description: 'Overdue reminders this often (at least a second)' }) overdueEvery?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 50, description: 'At most this many overdue reminders (default 10)' }) maxOverdue?: number;
  @ApiPropertyOptional({ ...DURATION, type: String, description: 'Escalate once when overdue by this long' }) escalateAfter?: string;
}

/** What meetingErrors() takes. */
@ApiSchema({ name: 'Meeting', description: 'A meeting the assignee is invited to (at most 7 days long)' })
export class MeetingSchema {
  @ApiProperty({ example: '2019-09-12T13:00:00+02:00', description: 'ISO 8601' }) startsAt: string;
  @ApiProperty({ example: '2019-09-12T15:00:00+02:00', description: 'ISO 8601, after startsAt' }) endsAt: string;
  @ApiPropertyOptional({ maxLength: 300, example: 'Stadshuset, sal A' }) location?: string;
}

@ApiSchema({ name: 'AnswerFieldLabel' })
export class AnswerFieldLabelSchema {
  @ApiProperty({ minLength: 1, maxLength: 200 }) sv: string;
  @ApiProperty({ minLength: 1, maxLength: 200 }) en: string;
}

/** What answerFormErrors() takes for one field. */
@ApiSchema({ name: 'AnswerField' })
export class AnswerFieldSchema {
  @ApiProperty({ pattern: '^[a-zA-Z][a-zA-Z0-9_]{0,39}$', example: 'plan' }) key: string;
  @ApiProperty({ type: AnswerFieldLabelSchema }) label: AnswerFieldLabelSchema;
  @ApiProperty({ enum: ['text', 'number', 'boolean', 'choice'] }) type: string;
  @ApiPropertyOptional() required?: boolean;
  @ApiPropertyOptional({ type: 'array', items: { type: 'string', minLength: 1, maxLength: 100 }, minItems: 1, maxItems: 50, description: 'Required for a choice field' }) options?: string[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20_000, description: 'Longest text (default 5000)' }) maxLength?: number;
}

/** What answerFormErrors() takes (field keys distinct). */
@ApiSchema({ name: 'AnswerForm', description: 'The answer a task expects' })
export class AnswerFormSchema {
  @ApiProperty({ type: [AnswerFieldSchema], maxItems: 30 }) fields: AnswerFieldSchema[];
}

/** The working-day calendar a task follows. */
export class TaskCalendarDto {
  @ApiProperty({ enum: BUILT_IN_CALENDARS.map((c) => c.key), description: 'sverige (Sweden’s public holidays and eves), vasteras or stockholm (their school breaks too)' })
  @IsIn(BUILT_IN_CALENDARS.map((c) => c.key))
  key: string;

  @ApiPropertyOptional({ enum: ['working-days', 'school-year'], default: 'working-days', description: 'working-days: weekends, public holidays, the eves and closures are days off; school-year: the school breaks too' })
  @IsOptional()
  @IsIn(['working-days', 'school-year'])
  basis?: CalendarBasis;
}

export class CreateTaskDto {
  @ApiProperty({ example: 'Rapportera status inför nätverksträffen', minLength: 1, maxLength: 200 })
  @IsPlainText(1, 200)
  title: string;

  @ApiPropertyOptional({ minLength: 0, maxLength: 10_000 })
  @IsOptional()
  @IsString()
  @Length(0, 10_000)
  instructions?: string;

  @ApiPropertyOptional({ ...UUID_V4, description: 'The person who must act (or give organizationId; exactly one of the two): the project office or a contact person, never a manager or a participant' })
  @IsOptional()
  @IsUuidV4()
  assigneeId?: string;

  @ApiPropertyOptional({ ...UUID_V4, description: "The organization whose contact person must act, resolved when the task is made" })
  @IsOptional()
  @IsUuidV4()
  organizationId?: string;

  @ApiProperty({ example: '2019-05-20T09:00:00+02:00', description: 'Due moment (RFC 3339, with an offset)' })
  @IsMoment()
  dueAt: string;

  @ApiPropertyOptional({ type: ReminderPolicySchema, description: 'ISO 8601 durations, e.g. {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}; the template default when omitted' })
  @IsOptional()
  @IsObject()
  reminderPolicy?: ReminderPolicy;

  @ApiPropertyOptional({ type: AnswerFormSchema, description: 'The answer the task expects: {"fields":[{"key","label":{"sv","en"},"type","required","options"}]}' })
  @IsOptional()
  @IsObject()
  answerForm?: AnswerForm;

  @ApiPropertyOptional({ ...UUID_V4, description: 'Who is told when the task is long overdue; the creator when omitted' })
  @IsOptional()
  @IsUuidV4()
  escalateToId?: string;

  @ApiPropertyOptional(UUID_V4)
  @IsOptional()
  @IsUuidV4()
  programId?: string;

  @ApiPropertyOptional({
    type: MeetingSchema,
    description: 'A meeting the assignee is invited to (info meeting, interview, network meeting): the first mail carries a calendar invitation (.ics)',
    example: { startsAt: '2019-09-12T13:00:00+02:00', endsAt: '2019-09-12T15:00:00+02:00', location: 'Stadshuset, sal A' },
  })
  @IsOptional()
  @IsObject()
  meeting?: Meeting;

  @ApiPropertyOptional({
    type: TaskCalendarDto,
    description: 'Follow a working-day calendar: a due moment on a day off moves to the previous working day at the same local time (also when it is changed), and working days (3WD) in the reminder policy count its working days',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskCalendarDto)
  calendar?: TaskCalendarDto;
}

export class CompleteTaskDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }, description: "Values for the task's answer form: a string, number or boolean per field key" })
  @IsOptional()
  @IsObject()
  answer?: Answer;
}

export class ReassignTaskDto {
  @ApiProperty({ ...UUID_V4, description: 'Who takes the task on: a person who can complete it (never a manager; a participant only their own offer)' })
  @IsUuidV4()
  assigneeId: string;
}

export class ChangeDueDateDto {
  @ApiProperty({ example: '2019-05-27T09:00:00+02:00', description: 'The new due moment (RFC 3339, with an offset)' })
  @IsMoment()
  dueAt: string;
}

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'done', 'cancelled'], default: 'open' })
  @IsOptional()
  @IsIn(['open', 'done', 'cancelled'])
  status?: 'open' | 'done' | 'cancelled';

  @ApiPropertyOptional({ enum: ['soon', 'overdue'], description: 'soon: open and due within 3 days; overdue: open and past due' })
  @IsOptional()
  @IsIn(['soon', 'overdue'])
  due?: 'soon' | 'overdue';

  @ApiPropertyOptional(UUID_V4)
  @IsOptional()
  @IsUuidV4()
  programId?: string;
}

export class TaskCalendarView {
  @ApiProperty({ enum: BUILT_IN_CALENDARS.map((c) => c.key) }) key: string;
  @ApiProperty({ enum: ['working-days', 'school-year'] }) basis: string;
}

export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() instructions: string;
  @ApiProperty({ enum: ['open', 'done', 'cancelled'] }) status: string;
  @ApiProperty({ format: 'uuid' }) assigneeId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'You see this task as the substitute of this absent assignee (null: your own, or not substituted)' }) substituteFor: string | null;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() escalated: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) remindersSent: number;
  @ApiProperty({ type: AnswerFormSchema, nullable: true, description: 'The answer the task expects; null for a task completed without one' }) answerForm: AnswerForm | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] }, description: 'The answer it was completed with (null while open)' }) answer: Answer | null;
  @ApiProperty({ type: MeetingSchema, nullable: true, description: 'The meeting the assignee is invited to' }) meeting: Meeting | null;
  @ApiProperty({ type: TaskCalendarView, nullable: true, description: 'The working-day calendar the task follows (null: calendar days)' }) calendar: TaskCalendarView | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TASK_PURPOSES, description: 'Why a program or a cohort made the task (null: made with POST /tasks)' })
  purpose: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The step key, meeting, cycle or round the task is about' }) subjectKey: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) activityId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
}

export class TaskPageView {
  @ApiProperty({ type: [TaskView] }) items: TaskView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) limit: number;
  @ApiProperty({ type: 'integer' }) offset: number;
}
