import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isCalendarDay, YEAR } from './day.js';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;
const EARLIEST = new Date('0001-01-01T00:00:00Z').getTime();
const LATEST = new Date('9999-12-31T23:59:59.999Z').getTime();

/**
 * A moment as RFC 3339 writes it (the `date-time` of JSON Schema): a real calendar date, a time with
 * seconds, and an offset (`Z` or ±hh:mm) — never a local time that the server would have to guess
 * a zone for. No leap seconds (JavaScript has none); in UTC within the years 0001–9999, so that it
 * is answered back in the same form.
 */
export function isMoment(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  const at = Date.parse(value);
  return isCalendarDay(year, month, day) && hour <= 23 && minute <= 59 && second <= 59 && offsetOk && at >= EARLIEST && at <= LATEST;
}

/** Validates a moment (RFC 3339 date-time with an offset) and documents it as `format: date-time`. */
export function IsMoment(options?: ValidationOptions) {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isMoment',
        validator: {
          validate: isMoment,
          defaultMessage: (args) => `${args?.property ?? 'the value'} must be a date and time with an offset (RFC 3339), such as 2019-05-20T09:00:00+02:00`,
        },
      },
      options,
    ),
    ApiProperty({ type: String, format: 'date-time', pattern: `^${YEAR}-` }),
  );
}
