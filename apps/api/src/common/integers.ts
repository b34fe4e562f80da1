import { BadRequestException, type PipeTransform } from '@nestjs/common';
import { Transform } from 'class-transformer';

const INTEGER = /^-?\d{1,15}$/;

/**
 * A query integer: only the text of a whole number becomes a number, anything else (an empty
 * value, `1.5`, `1e3`, ` 7`) stays text and fails IsInt — class-transformer's Number() would make
 * an empty `?offset=` 0 and accept it.
 */
export const ToInteger = () => Transform(({ value }) => (typeof value === 'string' && INTEGER.test(value) ? Number(value) : value));

/** A path integer within bounds (documented as such by the OpenAPI contract); else 400. */
export class BoundedIntPipe implements PipeTransform<string, number> {
  constructor(
    readonly minimum: number,
    readonly maximum: number,
  ) {}

  transform(value: string, metadata: { data?: string }): number {
    const n = INTEGER.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < this.minimum || n > this.maximum) {
      throw new BadRequestException({ detail: `${metadata.data ?? 'the path parameter'} must be a whole number from ${this.minimum} to ${this.maximum}`, errors: [{ field: metadata.data ?? '(path)', message: `a whole number from ${this.minimum} to ${this.maximum}` }] });
    }
    return n;
  }
}

/** A network meeting's number: 0 (the kickoff) up to PostgreSQL's integer range. */
export const MeetingNumberParam = new BoundedIntPipe(0, 2_147_483_647);
