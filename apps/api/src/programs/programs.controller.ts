import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { PageQuery } from '../common/page.dto.js';
import { CreateProgramDto, ProgramPageView, ProgramView, TemplateView } from './program.dto.js';
import { ProgramsService } from './programs.service.js';

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(@Inject(ProgramsService) private readonly programs: ProgramsService) {}

  @Post()
  @HttpCode(201)
  @Access('Create a program from a template (built-in or registered) and start its workflow', 'project_office')
  @ApiCreatedResponse({ type: ProgramView })
  @ApiBadRequestResponse({ description: 'Invalid body (problem document naming the field); nothing is stored' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Temporal unavailable; nothing is stored' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateProgramDto): Promise<ProgramView> {
    return this.programs.create(dto, principal.personId);
  }

  @Get()
  @Access('List programs, newest first', 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: ProgramPageView })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<ProgramPageView> {
    return this.programs.list(principal, query.limit, query.offset);
  }

  @Get('templates')
  @Access('The templates a program is created from (newest version of each), with their phases, steps and decision points', 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: [TemplateView] })
  templates(): Promise<TemplateView[]> {
    return this.programs.templates();
  }

  @Get(':id')
  @Access("A program's stored data merged with its workflow's live state", 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: ProgramView })
  @ApiNotFoundResponse({ description: 'No such program' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<ProgramView> {
    return this.programs.get(principal, id);
  }
}
