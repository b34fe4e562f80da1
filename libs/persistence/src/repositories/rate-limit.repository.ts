import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

/** Fixed-window request counters shared by every API instance (`rate_limit_counters`). */
@Injectable()
export class RateLimitRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Counts one request for `key` in the current window of `windowMs` and answers the window's count.
   * The window comes from the database's clock, so instances with drifting clocks agree on it.
   */
  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const [row]: { count: number; reset_ms: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_counters AS c ("key", window_start, "count")
         VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) * 1000 / $2::integer) * $2::integer / 1000.0), 1)
       ON CONFLICT ("key", window_start) DO UPDATE SET "count" = c."count" + 1
       RETURNING c."count", greatest(0, ceil(extract(epoch FROM c.window_start + $2::integer * interval '1 millisecond' - clock_timestamp()) * 1000))::integer AS reset_ms`,
      [key, windowMs],
    );
    return { count: row.count, resetMs: row.reset_ms };
  }

  /** Drops the windows that are over; answers how many rows went. */
  async sweep(windowMs: number): Promise<number> {
    const [, deleted] = await this.dataSource.query(`DELETE FROM rate_limit_counters WHERE window_start < now() - $1::integer * interval '1 millisecond'`, [windowMs]);
    return Number(deleted ?? 0);
  }
}
