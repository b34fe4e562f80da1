import { Controller, Inject, Module, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ChangeFeed, type Change } from './change-feed.js';

const HEARTBEAT_MS = 20_000;

/** Everything for the project office and managers (they read everything); for others, what concerns them. */
export function visibleTo(principal: Principal, change: Change): boolean {
  if (principal.role === 'project_office' || principal.role === 'manager') return true;
  return change.type === 'resync' || change.personId === principal.personId || change.actorId === principal.personId;
}

@ApiTags('live')
@Controller()
export class ChangesController {
  constructor(@Inject(ChangeFeed) private readonly feed: ChangeFeed) {}

  /**
   * Server-sent events: a `hello` first (with whether changes are being delivered), then one event
   * per change in the audit trail — its type and ids (program, cohort, activity, person, actor),
   * never personal data — so a page reads again what changed; `resync` after the feed reconnected;
   * a `ping` every 20 s keeps proxies from closing the stream.
   */
  @Sse('changes')
  @Access('A stream of what changes (server-sent events with ids only): the project office and managers get every change, others the changes that concern them', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({
    description: 'Server-sent events, each `data:` a JSON object with its `type`: hello (first, with `listening`), an audit event type with its ids (programId, cohortId, activityId, personId, actorId), resync, ping',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  changes(@CurrentPrincipal() principal: Principal): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      subscriber.next({ data: { type: 'hello', listening: this.feed.listening } });
      const changes = this.feed.stream().subscribe({
        next: (change) => visibleTo(principal, change) && subscriber.next({ data: change }),
        complete: () => subscriber.complete(),
      });
      const heartbeat = setInterval(() => subscriber.next({ data: { type: 'ping' } }), HEARTBEAT_MS);
      return () => {
        changes.unsubscribe();
        clearInterval(heartbeat);
      };
    });
  }
}

@Module({ controllers: [ChangesController], providers: [ChangeFeed] })
export class LiveModule {}
