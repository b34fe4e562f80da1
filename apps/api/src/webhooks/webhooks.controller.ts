import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ShownOnce } from '../common/idempotency.interceptor.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { CreatedWebhookView, CreateWebhookDto, WebhookView } from './webhook.dto.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(@Inject(WebhooksService) private readonly webhooks: WebhooksService) {}

  @Post()
  @Access('Subscribe another system to events (signed POSTs, retried until delivered); the signing secret is shown once', 'project_office')
  @ApiCreatedResponse({ type: CreatedWebhookView })
  @ShownOnce('secret')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    return this.webhooks.create(principal, dto);
  }

  @Get()
  @Access('Webhook subscriptions (never their secrets)', 'project_office', 'manager')
  @ApiOkResponse({ type: [WebhookView] })
  list(): Promise<WebhookView[]> {
    return this.webhooks.list();
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('Stop a webhook subscription', 'project_office')
  @ApiNoContentResponse({ description: 'Stopped' })
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.webhooks.remove(id);
  }
}
