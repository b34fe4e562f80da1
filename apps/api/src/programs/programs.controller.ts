import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CreateProgramDto, ListProgramsQuery, ProgramPageView, ProgramView } from './program.dto.js';
import { ProgramsService } from './programs.service.js';

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(@Inject(ProgramsService) private readonly programs: ProgramsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a program from a built-in template and start its workflow' })
  @ApiCreatedResponse({ type: ProgramView })
  @ApiBadRequestResponse({ description: 'Invalid body (problem document naming the field); nothing is stored' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Temporal unavailable; nothing is stored' })
  create(@Body() dto: CreateProgramDto): Promise<ProgramView> {
    return this.programs.create(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List programs, newest first' })
  @ApiOkResponse({ type: ProgramPageView })
  list(@Query() query: ListProgramsQuery): Promise<ProgramPageView> {
    return this.programs.list(query.limit, query.offset);
  }

  @Get(':id')
  @ApiOperation({ summary: "A program's stored data merged with its workflow's live state" })
  @ApiOkResponse({ type: ProgramView })
  @ApiNotFoundResponse({ description: 'No such program' })
  get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<ProgramView> {
    return this.programs.get(id);
  }
}
