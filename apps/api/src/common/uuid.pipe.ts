import { applyDecorators, ParseUUIDPipe, type ArgumentMetadata } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsUUID, type ValidationOptions } from 'class-validator';

/**
 * Path ids are UUIDs v4 (anything else is a 400 before a query runs), handed on in lower case: the
 * same id in capitals would otherwise miss Temporal workflow ids and the comparisons with the
 * caller's own id (e.g. the refusal to remove or erase one's own account).
 */
class LowercaseUuidPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    const id: unknown = await super.transform(value, metadata);
    return typeof id === 'string' ? id.toLowerCase() : (id as string);
  }
}
export const UuidParam = new LowercaseUuidPipe({ version: '4' });

/** The UUIDs UuidParam and IsUuidV4 accept: version 4, the RFC 4122 variant, either case. */
export const UUID_V4_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';

/** For @ApiProperty: a UUID v4 (IsUuidV4). */
export const UUID_V4 = { format: 'uuid', pattern: UUID_V4_PATTERN } as const;

/** For @ApiProperty: an array of UUIDs v4 (IsUuidV4({ each: true })). */
export const UUID_V4_ITEMS = { type: 'array', items: { type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN } } as const;

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

/** A UUID v4 in a body or query (IsUUID('4')), handed on in lower case like UuidParam's. */
export function IsUuidV4(options?: ValidationOptions) {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map(lower) : lower(value))),
    IsUUID('4', options),
  );
}
