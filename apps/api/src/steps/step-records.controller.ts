import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { AddDocumentVersionDto, ApproveDocumentDto, SaveChecklistDto, SaveFormDto, SetGateOwnerDto, StepView } from './step.dto.js';
import { StepRecordsService } from './step-records.service.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;
const STEP = { name: 'stepKey', schema: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$' } } as const;

/**
 * Any program's steps by kind: what a step holds and what keeps it from completing, and the
 * generic kinds' data (form, checklist, document), which changes only while its step is open.
 */
@ApiTags('steps')
@Controller('programs/:id')
export class StepRecordsController {
  constructor(@Inject(StepRecordsService) private readonly steps: StepRecordsService) {}

  @Get('steps/:stepKey')
  @Access('A step of the program: its kind, where it stands, what was recorded in it and what keeps it from completing', ...READERS)
  @ApiParam(STEP)
  @ApiOkResponse({ type: StepView })
  @ApiNotFoundResponse({ description: 'No such program, or no such step in its template' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string): Promise<StepView> {
    return this.steps.get(principal, id, stepKey);
  }

  @Put('steps/:stepKey/form')
  @Access("Save a form step's answers (each checked against its field; required ones when the step completes)", 'project_office')
  @ApiParam(STEP)
  @ApiOkResponse({ type: StepView })
  @ApiBadRequestResponse({ description: 'An answer does not fit its field (each named); nothing is stored' })
  @ApiConflictResponse({ description: 'The step is not open, or is not a form' })
  saveForm(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string, @Body() dto: SaveFormDto): Promise<StepView> {
    return this.steps.saveForm(principal, id, stepKey, dto);
  }

  @Put('steps/:stepKey/checklist')
  @Access("Tick or untick a checklist step's items, with a link to the evidence where the item asks for one", 'project_office')
  @ApiParam(STEP)
  @ApiOkResponse({ type: StepView })
  @ApiBadRequestResponse({ description: 'An unknown item, or evidence where none is asked for; nothing is stored' })
  @ApiConflictResponse({ description: 'The step is not open, or is not a checklist' })
  saveChecklist(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string, @Body() dto: SaveChecklistDto): Promise<StepView> {
    return this.steps.saveChecklist(principal, id, stepKey, dto);
  }

  @Post('steps/:stepKey/document/versions')
  @HttpCode(200)
  @Access("Record a new version of a document step's deliverable (a link to where it is kept)", 'project_office')
  @ApiParam(STEP)
  @ApiOkResponse({ type: StepView })
  @ApiConflictResponse({ description: 'The step is not open, or is not a document' })
  addVersion(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string, @Body() dto: AddDocumentVersionDto): Promise<StepView> {
    return this.steps.addDocumentVersion(principal, id, stepKey, dto);
  }

  @Post('steps/:stepKey/document/approval')
  @HttpCode(200)
  @Access("Approve the latest version of a document step's deliverable (the project office, or the program's decision maker)", 'project_office', 'contact_person')
  @ApiParam(STEP)
  @ApiOkResponse({ type: StepView })
  @ApiForbiddenResponse({ description: "Neither the project office nor the program's decision maker" })
  @ApiConflictResponse({ description: 'The step is not open, nothing to approve, or approved already' })
  approve(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string, @Body() dto: ApproveDocumentDto): Promise<StepView> {
    return this.steps.approveDocument(principal, id, stepKey, dto);
  }

  @Put('gate-owner')
  @Access("Name the steering group's decision maker, who decides the program's decision points (programs without a collaboration-model step)", 'project_office')
  @ApiOkResponse({ schema: { type: 'object', required: ['programId', 'gateOwnerId'], properties: { programId: { type: 'string', format: 'uuid' }, gateOwnerId: { type: 'string', format: 'uuid' } } } })
  @ApiBadRequestResponse({ description: 'No such person, or one who may not decide' })
  @ApiConflictResponse({ description: 'The program names it in its collaboration model, is closed, or a decision point is open' })
  setGateOwner(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: SetGateOwnerDto) {
    return this.steps.setGateOwner(principal, id, dto);
  }
}
