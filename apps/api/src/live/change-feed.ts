import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@gov/config';
import type { Change } from '@gov/domain';
import pg from 'pg';
import { Subject, type Observable } from 'rxjs';
import { PrincipalChanges } from '../auth/principal-changes.js';

export type { Change };

/** Sent when the feed (re)connects: changes may have been missed, so pages read everything again. */
export const RESYNC: Change = { type: 'resync', programId: null, cohortId: null, activityId: null, personId: null, actorId: null };

const RETRY_MS = 2_000;

/**
 * Listens on PostgreSQL's `audit_changes` channel with a connection of its own (LISTEN holds it)
 * and passes each change on. PostgreSQL away: the feed reconnects every two seconds and announces
 * a resync when it is back; the API goes on answering without it. On the same connection it hears
 * `principal_changes` (a person's tokens or standing changed, from any process) and hands those
 * on to the open streams, which check their caller again.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(ChangeFeed.name);
  private readonly changes = new Subject<Change>();
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private connected = false;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(PrincipalChanges) private readonly principals: PrincipalChanges,
  ) {}

  onModuleInit(): void {
    void this.connect();
  }

  get listening(): boolean {
    return this.connected;
  }

  stream(): Observable<Change> {
    return this.changes.asObservable();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.config.database.url, application_name: 'governance-api-changes', connectionTimeoutMillis: 5_000 });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    client.on('notification', (message) => {
      try {
        const payload: unknown = JSON.parse(message.payload ?? '');
        if (message.channel === 'principal_changes') {
          const personId = (payload as { personId?: unknown })?.personId;
          if (typeof personId === 'string') this.principals.announce(personId);
        } else this.changes.next(payload as Change);
      } catch {
        // Not ours: ignored.
      }
    });
    this.client = client;
    try {
      await client.connect();
      await client.query('LISTEN audit_changes');
      await client.query('LISTEN principal_changes');
      if (this.client !== client) return;
      if (this.connected === false) this.log.log('Listening for changes (audit_changes)');
      this.connected = true;
      this.changes.next(RESYNC);
    } catch {
      this.drop(client);
    }
  }

  /** The connection failed or ended: let it go, and connect again shortly (unless shutting down). */
  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    if (this.connected) this.log.warn('The change feed lost PostgreSQL; reconnecting');
    this.connected = false;
    void release(client);
    if (!this.stopped && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = undefined;
        void this.connect();
      }, RETRY_MS);
    }
  }

  // Before the HTTP server closes (which waits for open responses).
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    // Open event streams end with the feed, so the server can close.
    this.changes.complete();
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (client) await release(client);
  }
}

/** Closes a connection we are done with; its late errors are of no interest any more. */
function release(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  return client.end().catch(() => undefined);
}
