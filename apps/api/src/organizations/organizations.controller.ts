import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { PageQuery } from '../common/page.dto.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { CreateOrganizationDto, OrganizationPageView, OrganizationView, UpdateOrganizationDto } from './organization.dto.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(@Inject(OrganizationsService) private readonly organizations: OrganizationsService) {}

  @Post()
  @Access('Create an organization (department, company, board, network)', 'project_office')
  @ApiCreatedResponse({ type: OrganizationView })
  @ApiConflictResponse({ description: 'The name is taken' })
  create(@Body() dto: CreateOrganizationDto): Promise<OrganizationView> {
    return this.organizations.create(dto);
  }

  @Get()
  @Access('List organizations (a contact person sees only their own)', 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: OrganizationPageView })
  list(@CurrentPrincipal() principal: Principal, @Query() page: PageQuery): Promise<OrganizationPageView> {
    return this.organizations.list(principal, page.limit, page.offset);
  }

  @Get(':id')
  @Access('One organization', 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: OrganizationView })
  @ApiNotFoundResponse({ description: 'No such organization, or not yours' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<OrganizationView> {
    return this.organizations.get(principal, id);
  }

  @Patch(':id')
  @Access('Rename or retype an organization', 'project_office')
  @ApiOkResponse({ type: OrganizationView })
  @ApiConflictResponse({ description: 'The name is taken' })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdateOrganizationDto): Promise<OrganizationView> {
    return this.organizations.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('Remove an organization that has no persons', 'project_office')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: 'The organization still has persons' })
  remove(@Param('id', UuidParam) id: string): Promise<void> {
    return this.organizations.remove(id);
  }
}
