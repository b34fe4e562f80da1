/** PostgreSQL SQLSTATE 23505. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string; driverError?: { code?: string } })?.driverError?.code === '23505' || (err as { code?: string })?.code === '23505';
}
