import { ConflictException } from '@nestjs/common';
import { TaskCommandRefused } from '@gov/temporal';

/** PostgreSQL SQLSTATE 23503: a row still referenced by another (a foreign key). */
export function isForeignKeyViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23503' || (err as { code?: string })?.code === '23503';
}

/** PostgreSQL SQLSTATE 23505. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505' || (err as { code?: string })?.code === '23505';
}

/** PostgreSQL or Temporal could not be reached: the caller answers 503 and nothing was stored. */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string | number; name?: string; message?: string; driverError?: { code?: string } };
  const sqlState = String(e?.driverError?.code ?? e?.code ?? '');
  return (
    e?.name === 'ServiceError' ||
    e?.code === 'ECONNREFUSED' ||
    e?.code === 14 /* gRPC UNAVAILABLE */ ||
    // Connection exceptions (class 08) and the server shutting down or starting up (57P01–57P03).
    /^08/.test(sqlState) ||
    ['57P01', '57P02', '57P03'].includes(sqlState) ||
    /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Client has encountered a connection error/i.test(e?.message ?? '')
  );
}

/** What a caller reads when a backing service is away: nothing was changed. */
export const UNAVAILABLE_DETAIL = 'The command could not be carried out now: a backing service (the database or the workflow engine) is unavailable. Nothing changed; try again shortly.';

/**
 * Runs a command that reaches a workflow: the workflow's refusal answers 409 with its reason (a
 * backing service away answers 503 through the problem filter); in both cases nothing changed.
 */
export async function asCommand<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof TaskCommandRefused) throw new ConflictException(err.message);
    // A backing service away is answered 503 by the problem filter, wherever it is noticed.
    throw err;
  }
}
