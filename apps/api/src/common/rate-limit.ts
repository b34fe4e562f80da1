import { HttpException, Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import rateLimit, { normalizeIP, type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '@gov/config';
import { RateLimitRepository } from '@gov/persistence';
import { Authenticator } from '../auth/authenticator.js';

/** The rate limiter's window: budgets are per minute. */
export const RATE_WINDOW_MS = 60_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * Sweeps the rate limiter's finished windows from PostgreSQL, once a minute in every API instance
 * (cheap, and whichever runs first finds the work done).
 */
@Injectable()
export class RateLimitSweeper implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(RateLimitSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(@Inject(RateLimitRepository) private readonly counters: RateLimitRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      await this.counters.sweep(RATE_WINDOW_MS);
    } catch (err) {
      // PostgreSQL away: the next sweep catches up.
      this.log.debug(`Sweeping rate-limit windows failed: ${(err as Error).message}`);
    }
  }
}

/** A @fastify/rate-limit store on the shared counters in PostgreSQL, so every API instance counts against one budget. */
function postgresStore(counters: RateLimitRepository): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      counters.hit(key, timeWindow).then(
        ({ count, resetMs }) => callback(null, { current: count, ttl: resetMs }),
        (err: Error) => callback(err),
      );
    }

    child(): FastifyRateLimitStore {
      return new PostgresRateLimitStore();
    }
  };
}

/**
 * Whose budget a request counts against. A request that authenticates counts against its
 * person's, however many tokens they use; one without credentials against its client address's;
 * one whose credentials fail (malformed, unknown, revoked or expired token, invalid access token,
 * unbound identity) against a smaller budget of its client address, so made-up credentials cannot
 * buy fresh budgets.
 */
export async function rateLimitKey(request: FastifyRequest, authenticator: Authenticator): Promise<string> {
  const address = normalizeIP(request.ip);
  if (request.headers.authorization === undefined) return `addr:${address}`;
  try {
    return `person:${(await authenticator.forRequest(request)).personId}`;
  } catch (err) {
    // Anything but a refusal (the database away) is not the caller's doing: the guard answers it.
    return err instanceof HttpException ? `refused:${address}` : `addr:${address}`;
  }
}

/** Registers the rate limiter (before any route, so it applies to all), keyed and stored as above. */
export async function registerRateLimit(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const authenticator = app.get(Authenticator);
  await app.register(rateLimit, {
    timeWindow: RATE_WINDOW_MS,
    max: (_request, key) => (key.startsWith('refused:') ? config.auth.failedAuthPerMinute : config.auth.rateLimitPerMinute),
    keyGenerator: (request) => rateLimitKey(request, authenticator),
    store: postgresStore(app.get(RateLimitRepository)),
    // PostgreSQL away: requests are let through uncounted (they answer 503 wherever they need it, /health says so).
    skipOnError: true,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: ctx.statusCode,
      type: 'about:blank',
      title: 'Too Many Requests',
      status: ctx.statusCode,
      detail: `Rate limit of ${ctx.max} requests per minute exceeded; try again in ${ctx.after}.`,
    }),
  });
}
