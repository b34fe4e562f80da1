import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

/** Names and titles: a string of min..max characters without control characters or angle brackets. */
export function IsPlainText(min: number, max: number) {
  return applyDecorators(
    IsString(),
    Length(min, max),
    Matches(/^[^\u0000-\u001f\u007f<>]+$/u, { message: '$property must not contain control characters or angle brackets' }),
  );
}
