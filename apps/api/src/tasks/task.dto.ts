import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { Answer, AnswerForm, Meeting, ReminderPolicy, TaskPurpose } from '@gov/domain';
import { IsPlainText } from '../common/plain-text.js';
import { PageQuery } from '../common/page.dto.js';
import { UUID_V4 } from '../common/uuid.pipe.js';

/** Why a program (or a cohort) made a task: every TaskPurpose (the type check below keeps the list whole). */
export const TASK_PURPOSES = ['step', 'gate', 'network-status', 'activity-planning', 'activity-status', 'activity-evaluation', 'yearly-check', 'interview', 'offer'] as const satisfies readonly TaskPurpose[];
const everyPurposeListed: Exclude<TaskPurpose, (typeof TASK_PURPOSES)[number]> extends never ? true : never = true;
void everyPurposeListed;

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
  @IsUUID('4')
  assigneeId?: string;

  @ApiPropertyOptional({ ...UUID_V4, description: "The organization whose contact person must act, resolved when the task is made" })
  @IsOptional()
  @IsUUID('4')
  organizationId?: string;

  @ApiProperty({ example: '2019-05-20T09:00:00+02:00', description: 'Due moment (ISO 8601, strict)' })
  @IsISO8601({ strict: true, strictSeparator: true })
  dueAt: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'ISO 8601 durations, e.g. {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}; the template default when omitted' })
  @IsOptional()
  @IsObject()
  reminderPolicy?: ReminderPolicy;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'The answer the task expects: {"fields":[{"key","label":{"sv","en"},"type","required","options"}]}' })
  @IsOptional()
  @IsObject()
  answerForm?: AnswerForm;

  @ApiPropertyOptional({ ...UUID_V4, description: 'Who is told when the task is long overdue; the creator when omitted' })
  @IsOptional()
  @IsUUID('4')
  escalateToId?: string;

  @ApiPropertyOptional(UUID_V4)
  @IsOptional()
  @IsUUID('4')
  programId?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'A meeting the assignee is invited to (info meeting, interview, network meeting): the first mail carries a calendar invitation (.ics)',
    example: { startsAt: '2019-09-12T13:00:00+02:00', endsAt: '2019-09-12T15:00:00+02:00', location: 'Stadshuset, sal A' },
  })
  @IsOptional()
  @IsObject()
  meeting?: Meeting;
}

export class CompleteTaskDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "Values for the task's answer form" })
  @IsOptional()
  @IsObject()
  answer?: Answer;
}

export class ReassignTaskDto {
  @ApiProperty({ ...UUID_V4, description: 'Who takes the task on: a person who can complete it (never a manager; a participant only their own offer)' })
  @IsUUID('4')
  assigneeId: string;
}

export class ChangeDueDateDto {
  @ApiProperty({ example: '2019-05-27T09:00:00+02:00' })
  @IsISO8601({ strict: true, strictSeparator: true })
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
  @IsUUID('4')
  programId?: string;
}

export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() instructions: string;
  @ApiProperty({ enum: ['open', 'done', 'cancelled'] }) status: string;
  @ApiProperty({ format: 'uuid' }) assigneeId: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() escalated: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) remindersSent: number;
  @ApiPropertyOptional({ nullable: true, type: Object }) answerForm: AnswerForm | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) answer: Answer | null;
  @ApiPropertyOptional({ nullable: true, type: Object, description: 'startsAt, endsAt, location' }) meeting: Meeting | null;
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
