import { Controller, Get, Inject, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@gov/config';
import { Public } from '../auth/auth.decorators.js';

export class UiOidcView {
  @ApiProperty() issuer: string;
  @ApiProperty() clientId: string;
  @ApiProperty() scope: string;
  @ApiPropertyOptional() resource?: string;
}

export class UiConfigView {
  @ApiProperty({ type: UiOidcView, nullable: true, description: 'The OpenID Connect sign-in the web UI offers; null: API tokens only' })
  oidc: UiOidcView | null;
}

@ApiTags('ui')
@Controller('ui')
export class UiController {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'How the web UI signs people in (public: read before sign-in)' })
  @ApiOkResponse({ type: UiConfigView })
  uiConfig(): UiConfigView {
    const oidc = this.config.auth.oidc;
    return { oidc: oidc?.ui ? { issuer: oidc.issuer, ...oidc.ui } : null };
  }
}

@Module({ controllers: [UiController] })
export class UiModule {}
