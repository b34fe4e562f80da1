import { setTimeout as wait } from 'node:timers/promises';
import { Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';

/**
 * A Temporal client connection that can be closed while calls are being retried.
 *
 * The client's gRPC retry interceptor waits between attempts on a plain timer. When the connection
 * is closed during that wait, the timer's next attempt throws "Channel has been shut down" from the
 * timer itself: an uncaught exception, not a rejected call (it took down a whole test suite in CI,
 * after an UNAVAILABLE answer was being retried while the system shut down).
 *
 * Here the same retry policy (the client's defaults) is used, with two additions: once closing has
 * begun no new attempt is scheduled (the call fails with the status it got), and close() first
 * waits for the attempts already scheduled to have started, so none starts on a closed channel.
 */
export class ClosableConnection {
  readonly connection: Connection;
  private closing = false;
  /** The latest moment an attempt already scheduled will start (epoch ms). */
  private lastScheduledAttempt = 0;
  /** How many retries this connection has scheduled (for tests and diagnostics). */
  retriesScheduled = 0;

  private constructor(create: (options: ConnectionOptions) => Connection, options: ConnectionOptions) {
    const defaults = defaultGrpcRetryOptions();
    const retry = makeGrpcRetryInterceptor({
      retryableDecider: (attempt, status) => !this.closing && defaults.retryableDecider(attempt, status),
      delayFunction: (attempt, status) => {
        const delay = defaults.delayFunction(attempt, status);
        this.lastScheduledAttempt = Math.max(this.lastScheduledAttempt, Date.now() + delay);
        this.retriesScheduled++;
        return delay;
      },
    });
    this.connection = create({ ...options, interceptors: [retry, ...(options.interceptors ?? [])] });
  }

  /** Connects on first use (a service starts, and reports Temporal as down, while the server is away). */
  static lazy(options: ConnectionOptions): ClosableConnection {
    return new ClosableConnection((o) => Connection.lazy(o), options);
  }

  /** Connects now (fails when the server does not answer within the connect timeout). */
  static async connect(options: ConnectionOptions): Promise<ClosableConnection> {
    const closable = ClosableConnection.lazy(options);
    await closable.connection.ensureConnected();
    return closable;
  }

  /** Stops retrying, lets the attempts already scheduled start, then closes the channel. */
  async close(): Promise<void> {
    this.closing = true;
    for (let left = this.lastScheduledAttempt - Date.now(); left >= 0; left = this.lastScheduledAttempt - Date.now()) {
      await wait(left + 1);
    }
    await this.connection.close();
  }
}
