import { createHash, randomBytes } from 'node:crypto';
import { Controller, Delete, Get, HttpCode, Inject, Injectable, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import ical from 'ical-generator';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gov/config';
import { CalendarFeedEntity, PersonEntity, TaskRepository } from '@gov/persistence';
import { Access, CurrentPrincipal, Public } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ShownOnce } from '../common/idempotency.interceptor.js';

export class CalendarFeedView {
  @ApiProperty({ description: 'Whether the person has a subscription link' }) active: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) createdAt: string | null;
  @ApiPropertyOptional({ description: 'The link itself: only in the answer that created it (withheld from an Idempotency-Key repeat)' }) url?: string;
}

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;
/** An entry for a task that is not a meeting: the half hour before it is due. */
const DEADLINE_MS = 30 * 60_000;
const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A person's calendar subscription: their open tasks (deadlines) and meetings as an iCalendar feed
 * that Outlook, Google or Apple calendars poll. Calendars cannot send a bearer token, so the link
 * carries a secret of its own that reads this one feed and nothing else; only its hash is stored,
 * and a new link (or revoking) ends the old one.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async status(personId: string): Promise<CalendarFeedView> {
    const feed = await this.db.manager.findOneBy(CalendarFeedEntity, { personId });
    return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null };
  }

  async create(personId: string): Promise<CalendarFeedView> {
    const secret = randomBytes(32).toString('base64url');
    const createdAt = new Date();
    await this.db.manager.upsert(CalendarFeedEntity, { personId, tokenHash: hash(secret), createdAt }, ['personId']);
    return { active: true, createdAt: createdAt.toISOString(), url: `${this.config.publicUrl}/calendar/${secret}.ics` };
  }

  async revoke(personId: string): Promise<void> {
    await this.db.manager.delete(CalendarFeedEntity, { personId });
  }

  async feed(file: string): Promise<string> {
    const secret = FEED_FILE.exec(file)?.[1];
    const feed = secret ? await this.db.manager.findOneBy(CalendarFeedEntity, { tokenHash: hash(secret) }) : null;
    const person = feed ? await this.db.manager.findOneBy(PersonEntity, { id: feed.personId }) : null;
    if (!person) throw new NotFoundException('No such calendar feed (the link may have been replaced or revoked).');
    const sv = person.locale !== 'en';
    const [open] = await this.tasks.inbox({ assigneeId: person.id, status: 'open', limit: 500, offset: 0 });
    const calendar = ical({
      name: sv ? 'Mina uppgifter – projektkontoret' : 'My tasks – project office',
      prodId: { company: 'Projektkontoret', product: 'governance-engine', language: sv ? 'SV' : 'EN' },
      ttl: 15 * 60,
    });
    // Links come from the configuration only, never from the Host header a caller sent.
    const base = this.config.publicUrl;
    for (const task of open) {
      const url = `${base}/app/tasks/${task.id}`;
      calendar.createEvent({
        id: `task-${task.id}`,
        ...(task.meeting
          ? { start: new Date(task.meeting.startsAt), end: new Date(task.meeting.endsAt), summary: task.title, location: task.meeting.location }
          : { start: new Date(task.dueAt.getTime() - DEADLINE_MS), end: task.dueAt, summary: `${sv ? 'Sista dag' : 'Due'}: ${task.title}` }),
        description: `${task.instructions ?? ''}\n\n${url}`.trim(),
        url,
      });
    }
    return calendar.toString();
  }
}

@ApiTags('tasks')
@Controller()
export class CalendarFeedController {
  constructor(@Inject(CalendarFeedService) private readonly feeds: CalendarFeedService) {}

  @Get('me/calendar-feed')
  @Access('Whether I have a calendar subscription link (never the link itself)', 'project_office', 'contact_person', 'participant')
  @ApiOkResponse({ type: CalendarFeedView })
  status(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedView> {
    return this.feeds.status(principal.personId);
  }

  @Post('me/calendar-feed')
  @HttpCode(201)
  @Access('Create my calendar subscription link (shown once; replaces an earlier link)', 'project_office', 'contact_person', 'participant')
  @ApiCreatedResponse({ type: CalendarFeedView })
  @ShownOnce('url')
  create(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedView> {
    return this.feeds.create(principal.personId);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @Access('Revoke my calendar subscription link', 'project_office', 'contact_person', 'participant')
  @ApiNoContentResponse({ description: 'Revoked (also when there was no link)' })
  revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.feeds.revoke(principal.personId);
  }

  @Get('calendar/:file')
  @Public()
  @ApiOperation({ summary: 'A calendar subscription (iCalendar): the open tasks and meetings of the person whose secret link this is' })
  @ApiOkResponse({ description: 'An iCalendar (RFC 5545) feed', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiNotFoundResponse({ description: 'No such feed: the link is unknown, replaced or revoked' })
  async feed(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.feeds.feed(file);
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300');
    return body;
  }
}
