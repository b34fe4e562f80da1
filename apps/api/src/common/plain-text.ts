import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

/** No control characters and no angle brackets. */
export const PLAIN_TEXT = /^[^\u0000-\u001f\u007f<>]+$/u;

/**
 * Names and titles: a string of min..max characters without control characters or angle brackets.
 * It documents what it enforces (minLength, maxLength, pattern) in the OpenAPI schema as well.
 */
export function IsPlainText(min: number, max: number) {
  return applyDecorators(
    IsString(),
    Length(min, max),
    Matches(PLAIN_TEXT, { message: '$property must not contain control characters or angle brackets' }),
    ApiProperty({ type: String, minLength: min, maxLength: max, pattern: PLAIN_TEXT.source }),
  );
}
