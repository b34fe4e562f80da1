import { Body, Controller, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { TemplateUpgradeDto, TemplateUpgradeQuery, TemplateUpgradeView } from './template-upgrade.dto.js';
import { TemplateUpgradeService } from './template-upgrade.service.js';

@ApiTags('programs')
@Controller('programs/:id')
export class TemplateUpgradeController {
  constructor(@Inject(TemplateUpgradeService) private readonly upgrades: TemplateUpgradeService) {}

  @Post('template-upgrade')
  @HttpCode(200)
  @Access("Move a running program onto a newer version of its template: dryRun=true reports what changes for it (steps, phases, outcomes, lists, before or after its position) and what cannot apply; applied, it is on the record and the program continues on the new version", 'project_office')
  @ApiOkResponse({ type: TemplateUpgradeView })
  @ApiBadRequestResponse({ description: 'No such version of the template' })
  @ApiNotFoundResponse({ description: 'No such program' })
  @ApiConflictResponse({ description: 'The upgrade cannot apply safely now (the report says why); nothing changed' })
  upgrade(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: TemplateUpgradeDto, @Query() query: TemplateUpgradeQuery): Promise<TemplateUpgradeView> {
    return this.upgrades.upgrade(principal, id, dto, query.dryRun ?? false);
  }
}
