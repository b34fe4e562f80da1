import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDay } from '../common/day.js';
import { CalendarFeedView } from '../tasks/calendar-feed.js';
import { TASK_PURPOSES } from '../tasks/task.dto.js';

export class WeekQuery {
  @ApiPropertyOptional({ example: '2019-05-20', pattern: '^20[0-9]{2}-[0-9]{2}-[0-9]{2}$', description: 'A day of the first week shown (YYYY-MM-DD, years 2000–2099); the view starts on its Monday. Default: today in Europe/Stockholm' })
  @IsOptional()
  @IsDay()
  from?: string;
}

export const WEEK_ITEM_SOURCES = ['task', 'interview', 'info-meeting', 'cohort-event', 'activity-start', 'activity-end'] as const;
export type WeekItemSource = (typeof WEEK_ITEM_SOURCES)[number];

export class WeekItemView {
  @ApiProperty({ enum: ['meeting', 'deadline', 'event'], description: 'meeting: a meeting one is invited to or holds (with a time); deadline: something due; event: a cohort event that day' })
  kind: 'meeting' | 'deadline' | 'event';
  @ApiProperty({
    enum: WEEK_ITEM_SOURCES,
    description:
      'task: one of my tasks (a meeting invitation, a deadline, an offer’s answer window); interview: my admission interview; info-meeting: a cohort’s info meeting; cohort-event: an event of my cohort; activity-start / activity-end: the planned start or end of an activity I am responsible for',
  })
  source: WeekItemSource;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date', description: 'The day it falls on in Europe/Stockholm' }) day: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When: the meeting’s start or the deadline (null: the whole day)' }) at: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'A meeting’s end' }) endsAt: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ description: 'An open task past its due moment' }) overdue: boolean;
  @ApiProperty({ type: String, enum: ['open', 'done'], nullable: true, description: 'A task’s status (null: not a task)' }) status: 'open' | 'done' | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The task to open (null: not one of my tasks)' }) taskId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TASK_PURPOSES, description: 'Why a program or cohort made the task' }) purpose: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The task is on my week as the substitute of this absent person' }) substituteFor: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) programId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cohortId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) activityId: string | null;
}

export class WeekView {
  @ApiProperty({ format: 'date', description: 'The Monday the view starts on' }) from: string;
  @ApiProperty({ format: 'date', description: 'The Sunday it ends on (inclusive): two weeks' }) to: string;
  @ApiProperty({ type: 'array', items: { type: 'integer', minimum: 1, maximum: 53 }, description: 'The ISO week numbers shown' }) weeks: number[];
  @ApiProperty({ format: 'date', description: 'Today in Europe/Stockholm' }) today: string;
  @ApiProperty({ type: [WeekItemView], description: 'Meetings, deadlines and events in the two weeks, by time' }) items: WeekItemView[];
  @ApiProperty({ type: [WeekItemView], description: 'My open tasks already due before the first day shown, oldest first' }) overdue: WeekItemView[];
  @ApiProperty({ description: 'More items than the view holds (500): the rest are left out' }) truncated: boolean;
  @ApiProperty({ type: CalendarFeedView, description: 'My calendar subscription (POST /me/calendar-feed makes the link)' }) calendarFeed: CalendarFeedView;
}
