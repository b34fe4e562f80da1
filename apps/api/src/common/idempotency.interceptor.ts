import { createHash } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  SetMetadata,
  UnprocessableEntityException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { isReadOnlyMethod } from '@gov/domain';
import type { Principal } from '../auth/principal.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long a key's answer is kept for repeats. */
const KEPT_MS = 24 * 3_600_000;
/** How long a repeat waits for the first request with its key to finish. */
const WAIT_MS = 60_000;
const KEY = /^[\x21-\x7e]{1,200}$/;

/** Answered on a repeat whose first answer carried secrets: the fields that were left out. */
export const SECRETS_WITHHELD_HEADER = 'idempotent-secrets-withheld';
const SHOWN_ONCE_KEY = 'idempotency:shown-once';

/**
 * Marks the top-level fields of a command's answer that are secrets shown once (a new API token, a
 * signing secret, a calendar link). They are never kept for `Idempotency-Key` repeats: a repeat gets
 * the rest of the answer (enough to find and revoke what was made) and the header
 * `Idempotent-Secrets-Withheld` naming them.
 */
export const ShownOnce = (...fields: string[]) => SetMetadata(SHOWN_ONCE_KEY, fields);

export type IdempotentRequest = FastifyRequest & { principal?: Principal; idempotentReplay?: boolean };

/**
 * `Idempotency-Key` on any command: the first request with a key runs; a repeat (same person, same
 * key, same request) gets the first one's answer without running again — also while the first is
 * still running, when it waits for it. The claim is a row in PostgreSQL, so parallel repeats on
 * several API processes still produce one effect. A command that fails keeps nothing, so it can be
 * sent again with the same key; a key reused for a different request is refused (422).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<IdempotentRequest>();
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (isReadOnlyMethod(request.method) || header === undefined || !request.principal) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY.test(key)) throw new BadRequestException('Idempotency-Key must be 1 to 200 visible ASCII characters.');
    const principalId = request.principal.personId;
    const hash = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`).digest('hex');
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    const secrets: string[] = Reflect.getMetadata(SHOWN_ONCE_KEY, context.getHandler()) ?? [];

    return from(this.claim(principalId, key, hash)).pipe(
      mergeMap((claim) => {
        if (claim.replay) {
          request.idempotentReplay = true;
          const reply = http.getResponse<FastifyReply>();
          void reply.header('idempotent-replayed', 'true');
          if (secrets.length) void reply.header(SECRETS_WITHHELD_HEADER, secrets.join(', '));
          return of(claim.body);
        }
        return next.handle().pipe(
          mergeMap((body) => from(this.finish(principalId, key, status, withheld(body, secrets)).then(() => body))),
          catchError((err: unknown) => from(this.release(principalId, key).then(() => Promise.reject(err)))),
        );
      }),
    );
  }

  private async claim(principalId: string, key: string, hash: string): Promise<{ replay: false } | { replay: true; body: unknown }> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const claimed = await this.db.query(
        `INSERT INTO idempotency_keys (principal_id, key, request_hash, status) VALUES ($1, $2, $3, 'pending') ON CONFLICT DO NOTHING RETURNING key`,
        [principalId, key, hash],
      );
      if (claimed.length) return { replay: false };
      const [row] = await this.db.query(`SELECT request_hash, status, response_body, created_at FROM idempotency_keys WHERE principal_id = $1 AND key = $2`, [principalId, key]);
      if (!row) continue; // the first request failed and let the key go: claim it again
      if (Date.now() - new Date(row.created_at).getTime() > KEPT_MS) {
        await this.db.query(`DELETE FROM idempotency_keys WHERE principal_id = $1 AND key = $2 AND created_at = $3`, [principalId, key, row.created_at]);
        continue;
      }
      if (row.request_hash !== hash) throw new UnprocessableEntityException('This Idempotency-Key was used for a different request; use a new key for a new command.');
      if (row.status === 'done') return { replay: true, body: row.response_body };
      if (Date.now() > deadline) throw new ConflictException('A request with this Idempotency-Key is still being processed; try again shortly.');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private async finish(principalId: string, key: string, status: number, body: unknown): Promise<void> {
    try {
      await this.db.query(`UPDATE idempotency_keys SET status = 'done', response_status = $3, response_body = $4::json WHERE principal_id = $1 AND key = $2`, [
        principalId,
        key,
        status,
        JSON.stringify(body ?? null),
      ]);
    } catch (err) {
      // The command succeeded; a repeat will wait and then be told to try again, never run twice.
      this.logger.error(`The answer for Idempotency-Key ${key} could not be kept: ${(err as Error).message}`);
    }
  }

  private async release(principalId: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE principal_id = $1 AND key = $2 AND status = 'pending'`, [principalId, key]).catch((err: Error) => {
      this.logger.error(`Idempotency-Key ${key} could not be released after a failed command: ${err.message}`);
    });
  }
}

/** The answer as it may be kept: without the fields that are secrets shown once. */
function withheld(body: unknown, secrets: string[]): unknown {
  if (!secrets.length || !body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([field]) => !secrets.includes(field)));
}

/** How often expired keys are removed (and once at start-up). */
const SWEEP_EVERY_MS = 15 * 60_000;

/** Removes the keys older than their 24 hours, so answers are not kept longer than they are used. */
@Injectable()
export class IdempotencyKeySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Idempotency');
  private timer?: NodeJS.Timeout;

  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  onApplicationBootstrap(): void {
    const run = () => void this.sweep().catch((err: Error) => this.logger.warn(`Expired idempotency keys could not be removed: ${err.message}`));
    run();
    this.timer = setInterval(run, SWEEP_EVERY_MS).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Removes expired keys (in batches, so a large backlog never holds a long lock); the number removed. */
  async sweep(): Promise<number> {
    let removed = 0;
    for (;;) {
      const [{ n }]: { n: number }[] = await this.db.query(
        `WITH gone AS (DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1) LIMIT 1000) RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [KEPT_MS / 1000],
      );
      removed += n;
      if (n < 1000) return removed;
    }
  }
}
