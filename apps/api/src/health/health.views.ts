import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

export class LivenessView {
  @ApiProperty({ enum: ['ok'] }) status: string;
}

const components: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['up', 'down'] } }, required: ['status'], additionalProperties: true },
  description: 'Per component (database, temporal, consistency): its status and details',
};

/** @nestjs/terminus's answer when every component is up (a 503 problem document carries the same members when one is down). */
export class HealthView {
  @ApiProperty({ enum: ['ok'] }) status: string;
  @ApiProperty(components) info: Record<string, unknown>;
  @ApiProperty(components) error: Record<string, unknown>;
  @ApiProperty(components) details: Record<string, unknown>;
}
