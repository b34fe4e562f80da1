/** PostgreSQL SQLSTATE 23505. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505' || (err as { code?: string })?.code === '23505';
}

/** PostgreSQL or Temporal could not be reached: the caller answers 503 and nothing was stored. */
export function isUnavailable(err: unknown): boolean {
  const e = err as { code?: string | number; name?: string; message?: string };
  return (
    e?.name === 'ServiceError' ||
    e?.code === 'ECONNREFUSED' ||
    e?.code === 14 /* gRPC UNAVAILABLE */ ||
    /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED/i.test(e?.message ?? '')
  );
}
