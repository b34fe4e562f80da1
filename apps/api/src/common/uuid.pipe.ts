import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs; anything else is a 400 before a query runs. */
export const UuidParam = new ParseUUIDPipe({ version: '4' });

/** The UUIDs UuidParam and class-validator's IsUUID('4') accept: version 4, the RFC 4122 variant, either case. */
export const UUID_V4_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';

/** For @ApiProperty: a UUID v4 (IsUUID('4')). */
export const UUID_V4 = { format: 'uuid', pattern: UUID_V4_PATTERN } as const;

/** For @ApiProperty: an array of UUIDs v4 (IsUUID('4', { each: true })). */
export const UUID_V4_ITEMS = { type: 'array', items: { type: 'string', format: 'uuid', pattern: UUID_V4_PATTERN } } as const;
