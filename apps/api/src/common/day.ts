import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Years 0001–9999 (PostgreSQL has no year 0; beyond 9999 no longer reads as YYYY). */
export const YEAR = '(000[1-9]|00[1-9][0-9]|0[1-9][0-9]{2}|[1-9][0-9]{3})';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether y-m-d is a day of the calendar. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A calendar date YYYY-MM-DD (the `date` of JSON Schema, years 0001–9999). */
export function isDay(value: unknown): boolean {
  const m = typeof value === 'string' ? DAY.exec(value) : null;
  return Boolean(m) && isCalendarDay(Number(m![1]), Number(m![2]), Number(m![3]));
}

/**
 * Validates a calendar date YYYY-MM-DD and documents it (`format: date`, the year range as a
 * pattern). validator.js's IsDateString refused real dates before the year 1000.
 */
export function IsDay(options?: ValidationOptions) {
  return applyDecorators(
    ValidateBy({ name: 'isDay', validator: { validate: isDay, defaultMessage: (args) => `${args?.property ?? 'the value'} must be a date YYYY-MM-DD` } }, options),
    ApiProperty({ type: String, format: 'date', pattern: `^${YEAR}-[0-9]{2}-[0-9]{2}$`, minLength: 10, maxLength: 10 }),
  );
}
