import { ParseUUIDPipe } from '@nestjs/common';

/** Path ids are UUIDs; anything else is a 400 before a query runs. */
export const UuidParam = new ParseUUIDPipe({ version: '4' });
