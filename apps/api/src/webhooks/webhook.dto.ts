import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, IsUrl, Length, Matches } from 'class-validator';
import { EVENT_PATTERN } from '@gov/domain';
import { IsPlainText } from '../common/plain-text.js';

export class CreateWebhookDto {
  @ApiProperty({ example: 'Ärendehanteringssystemet', minLength: 1, maxLength: 200 })
  @IsPlainText(1, 200)
  name: string;

  @ApiProperty({ example: 'https://integration.vasteras.se/hooks/governance', minLength: 1, maxLength: 2000, description: 'An http(s) URL of a public address (or one WEBHOOK_ALLOWED_TARGETS names)' })
  @IsString()
  @Length(1, 2000)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  url: string;

  @ApiProperty({ type: 'array', items: { type: 'string', pattern: EVENT_PATTERN.source }, minItems: 1, maxItems: 50, uniqueItems: true, example: ['task.completed', 'task.escalated'], description: 'Event types, a family such as task.*, or * for all' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(EVENT_PATTERN, { each: true, message: 'each event must be an event type (task.completed), a family (task.*) or *' })
  events: string[];
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() url: string;
  @ApiProperty({ type: [String] }) events: string[];
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
}

export class CreatedWebhookView extends WebhookView {
  @ApiPropertyOptional({
    description:
      'HMAC-SHA256 signing secret, shown only now (withheld from an Idempotency-Key repeat). Verify X-Governance-Signature: t=<unix>,v1=hex(HMAC(secret, "<t>.<body>"))',
  })
  secret?: string;
}
