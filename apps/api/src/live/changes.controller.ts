import { Controller, HttpException, HttpStatus, Inject, Module, Req, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { AppConfig } from '@gov/config';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import { Authenticator } from '../auth/authenticator.js';
import { PrincipalChanges } from '../auth/principal-changes.js';
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

/** The same caller, seen the same way (a changed role or organization changes what the stream may carry). */
function samePrincipal(a: Principal, b: Principal): boolean {
  return a.personId === b.personId && a.role === b.role && a.organizationId === b.organizationId;
}

@ApiTags('live')
@Controller()
export class ChangesController {
  private readonly slots: StreamSlots;
  private readonly heartbeatMs: number;

  constructor(
    @Inject(ChangeFeed) private readonly feed: ChangeFeed,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(PrincipalChanges) private readonly principals: PrincipalChanges,
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
   * The stream ends when its credentials no longer hold — the token revoked or expired, the person
   * removed or erased, their role or organization changed — at once when that is announced, at the
   * latest at the next periodic check (`CHANGES_RECHECK_MS`).
   */
  @Sse('changes')
  // Above @Access, so that it replaces the generic 429 there (decorators apply bottom-up).
  @ApiTooManyRequestsResponse({ description: 'The person has as many streams open as allowed, or the rate limit is reached; Retry-After says when to try again' })
  @Access('A stream of what changes (server-sent events with ids only): the project office and managers get every change, others the changes that concern them', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({
    description: 'Server-sent events, each `data:` a JSON object with its `type`: hello (first, with `listening`), an audit event type with its ids (programId, cohortId, activityId, personId, actorId), resync, ping',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiServiceUnavailableResponse({ description: 'This API process holds as many streams as it takes; Retry-After says when to try again' })
  changes(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest): Observable<MessageEvent> {
    const header = request.headers.authorization;
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

      // Are the stream's credentials still good? Not if authentication now refuses them or sees
      // someone else; when it cannot tell (the database away), the next check decides.
      let checking = false;
      let again = false;
      const recheck = async (): Promise<void> => {
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        try {
          do {
            again = false;
            try {
              if (!samePrincipal(principal, await this.authenticator.authenticate(header))) subscriber.complete();
            } catch (err) {
              if (err instanceof HttpException) subscriber.complete();
            }
          } while (again && !subscriber.closed);
        } finally {
          checking = false;
        }
      };

      subscriber.next({ data: { type: 'hello', listening: this.feed.listening } });
      const changes = this.feed.stream().subscribe({
        next: (change) => visibleTo(principal, change) && subscriber.next({ data: change }),
        complete: () => subscriber.complete(),
      });
      const announced = this.principals.stream().subscribe((personId) => personId === principal.personId && void recheck());
      const periodic = setInterval(() => void recheck(), this.config.changes.recheckMs);
      const heartbeat = setInterval(() => subscriber.next({ data: { type: 'ping' } }), this.heartbeatMs);
      return () => {
        changes.unsubscribe();
        announced.unsubscribe();
        clearInterval(periodic);
        clearInterval(heartbeat);
        slot();
      };
    });
  }
}

@Module({ controllers: [ChangesController], providers: [ChangeFeed] })
export class LiveModule {}
