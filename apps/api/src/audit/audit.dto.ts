import { ApiPropertyOptional } from '@nestjs/swagger';
import { ToInteger } from '../common/integers.js';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsMoment } from '../common/moment.js';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';

export class AuditQuery {
  @ApiPropertyOptional(UUID_V4) @IsOptional() @IsUuidV4() programId?: string;
  @ApiPropertyOptional({ example: 'needs-analysis', pattern: '^[a-z][a-z0-9-]{1,62}$' }) @IsOptional() @Matches(/^[a-z][a-z0-9-]{1,62}$/, { message: 'phase must be a phase key' }) phase?: string;
  @ApiPropertyOptional(UUID_V4) @IsOptional() @IsUuidV4() activityId?: string;
  @ApiPropertyOptional(UUID_V4) @IsOptional() @IsUuidV4() cohortId?: string;
  @ApiPropertyOptional({ ...UUID_V4, description: 'As actor or as the person an entry is about' }) @IsOptional() @IsUuidV4() personId?: string;
  @ApiPropertyOptional(UUID_V4) @IsOptional() @IsUuidV4() organizationId?: string;
  @ApiPropertyOptional({ example: 'task.*', pattern: '^[a-z][a-z0-9_.-]{0,99}\\*?$', description: 'An event type, or a prefix ending in *' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_.-]{0,99}\*?$/, { message: 'type must be an event type such as task.completed, or a prefix such as task.*' })
  type?: string;
  @ApiPropertyOptional({ example: '2019-01-01T00:00:00Z', description: 'RFC 3339, with an offset; inclusive' }) @IsOptional() @IsMoment() from?: string;
  @ApiPropertyOptional({ example: '2020-01-01T00:00:00Z', description: 'RFC 3339, with an offset; exclusive, after from' }) @IsOptional() @IsMoment() to?: string;
}

export class AuditPageQuery extends AuditQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 }) @IsOptional() @ToInteger() @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ pattern: '^[1-9][0-9]{0,18}$', description: 'The cursor from the previous page (entries older than it)' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,18}$/, { message: 'before must be a cursor from a previous page' })
  before?: string;
}

export class AuditExportQuery extends AuditQuery {
  @ApiPropertyOptional({ enum: ['jsonl', 'csv'], default: 'jsonl' }) @IsOptional() @IsIn(['jsonl', 'csv']) format?: 'jsonl' | 'csv';
}
