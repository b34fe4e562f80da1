import { Controller, HttpStatus, Inject, Module, Sse, type MessageEvent } from '@nestjs/common';
import { ApiProduces, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { AppConfig } from '@gov/config';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { RetryLater } from '../common/problem-details.filter.js';
import { ChangeFeed, type Change } from './change-feed.js';
import { StreamSlots } from './stream-slots.js';

const HEARTBEAT_MS = 20_000;
/** When a refused stream may try again: when one of the person's streams closes, or the process has room. */
const RETRY_AFTER_SECONDS = 30;

/** Everything for the project office and managers (they read everything); for others, what concerns them. */
export function visibleTo(principal: Principal, change: Change): boolean {
  if (principal.role === 'project_office' || principal.role === 'manager') return true;
  return change.type === 'resync' || change.personId === principal.personId || change.actorId === principal.personId;
}

@ApiTags('live')
@Controller()
export class ChangesController {
  private readonly slots: StreamSlots;
  private readonly heartbeatMs: number;

  constructor(
    @Inject(ChangeFeed) private readonly feed: ChangeFeed,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    this.slots = new StreamSlots({ perPerson: config.changes.streamsPerPerson, max: config.changes.streamsMax });
    // Well within the idle-connection timeout, so that an open stream is never idle for it.
    this.heartbeatMs = Math.min(HEARTBEAT_MS, Math.floor(config.http.timeouts.connectionMs / 2));
  }

  /**
   * Server-sent events: a `hello` first (with whether changes are being delivered), then one event
   * per change in the audit trail — its type and ids (program, cohort, activity, person, actor),
   * never personal data — so a page reads again what changed; `resync` after the feed reconnected;
   * a `ping` every 20 s keeps proxies from closing the stream. A person may hold a few streams at
   * once (`CHANGES_STREAMS_PER_PERSON`), a process a bounded number in all (`CHANGES_STREAMS_MAX`).
   */
  @Sse('changes')
  // Above @Access, so that it replaces the generic 429 there (decorators apply bottom-up).
  @ApiTooManyRequestsResponse({ description: 'The person has as many streams open as allowed, or the rate limit is reached; Retry-After says when to try again' })
  @Access('A stream of what changes (server-sent events with ids only): the project office and managers get every change, others the changes that concern them', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiProduces('text/event-stream')
  @ApiServiceUnavailableResponse({ description: 'This API process holds as many streams as it takes; Retry-After says when to try again' })
  changes(@CurrentPrincipal() principal: Principal): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      // Taken when the stream starts and given back when it ends, however it ends.
      const slot = this.slots.take(principal.personId);
      if (slot === 'person') {
        subscriber.error(new RetryLater(HttpStatus.TOO_MANY_REQUESTS, `At most ${this.config.changes.streamsPerPerson} change streams may be open per person; close one first.`, RETRY_AFTER_SECONDS));
        return;
      }
      if (slot === 'total') {
        subscriber.error(new RetryLater(HttpStatus.SERVICE_UNAVAILABLE, 'This server holds as many change streams as it takes; try again later.', RETRY_AFTER_SECONDS));
        return;
      }

      subscriber.next({ data: { type: 'hello', listening: this.feed.listening } });
      const changes = this.feed.stream().subscribe({
        next: (change) => visibleTo(principal, change) && subscriber.next({ data: change }),
        complete: () => subscriber.complete(),
      });
      const heartbeat = setInterval(() => subscriber.next({ data: { type: 'ping' } }), this.heartbeatMs);
      return () => {
        changes.unsubscribe();
        clearInterval(heartbeat);
        slot();
      };
    });
  }
}

@Module({ controllers: [ChangesController], providers: [ChangeFeed] })
export class LiveModule {}
