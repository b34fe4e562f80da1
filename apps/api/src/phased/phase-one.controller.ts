import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { MeetingNumberParam } from '../common/integers.js';
import { UuidParam } from '../common/uuid.pipe.js';
import {
  AddNetworkMemberDto,
  CategorizeNeedsDto,
  CreateCommunicationItemDto,
  CreateNeedDto,
  CreateSessionDto,
  DecideGateDto,
  NeedsQuery,
  RecordMeetingDto,
  ImportQuery,
  ImportNeedsFileDto,
  ReportQuery,
  SetCollaborationModelDto,
  SetFocusAreasDto,
  SetQuestionsDto,
  StartNetworkDto,
} from './phased.dto.js';
import { CollaborationModelService } from './collaboration-model.service.js';
import { CommunicationPlanService } from './communication-plan.service.js';
import { ContactNetworkService } from './contact-network.service.js';
import { FocusAreasService } from './focus-areas.service.js';
import { NeedsFileImportService } from './needs-file-import.service.js';
import { NeedsGatheringService } from './needs-gathering.service.js';
import { PhaseReportService } from './phase-report.service.js';
import { StepFlowService } from './step-flow.service.js';
import {
  CategorizedView,
  CollaborationModelView,
  CommunicationItemView,
  FocusAreasView,
  GateDecidedView,
  GovernanceView,
  ListedCommunicationItemView,
  NeedPageView,
  NeedStatisticsView,
  NeedsFileImportView,
  NeedsImportView,
  NeedView,
  NetworkMemberView,
  NetworkView,
  PhaseReportView,
  RecordedMeetingView,
  SessionView,
  SessionWithNeedsView,
  StepCompletedView,
} from './phased.views.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;

/**
 * Phase I (needs analysis) of a phased program, its steps and its gate. Data changes only in its
 * step (409 otherwise, nothing changed); steps complete in order, each when its data is complete.
 */
@ApiTags('phase I – needs analysis')
@ApiExtraModels(PhaseReportView)
@Controller('programs/:id')
export class PhaseOneController {
  constructor(
    @Inject(NeedsGatheringService) private readonly gathering: NeedsGatheringService,
    @Inject(FocusAreasService) private readonly areas: FocusAreasService,
    @Inject(CollaborationModelService) private readonly collaboration: CollaborationModelService,
    @Inject(ContactNetworkService) private readonly contacts: ContactNetworkService,
    @Inject(CommunicationPlanService) private readonly communication: CommunicationPlanService,
    @Inject(StepFlowService) private readonly steps: StepFlowService,
    @Inject(PhaseReportService) private readonly reports: PhaseReportService,
    @Inject(NeedsFileImportService) private readonly fileImport: NeedsFileImportService,
  ) {}

  @Get('governance')
  @Access("The governance the program runs with: its template's lists with the program's overrides", ...READERS)
  @ApiOkResponse({ type: GovernanceView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  governance(@Param('id', UuidParam) id: string) {
    return this.gathering.governance(id);
  }

  @Put('questions')
  @Access('Replace the question set (step plan-gathering)', 'project_office')
  @ApiConflictResponse({ description: 'Not in the step plan-gathering' })
  @ApiOkResponse({ type: GovernanceView, description: 'The governance with the new question set' })
  setQuestions(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: SetQuestionsDto) {
    return this.gathering.setQuestions(p, id, dto);
  }

  @Post('sessions')
  @HttpCode(201)
  @Access('Plan a gathering session: workshop, interview or conversation (steps plan-gathering, gathering)', 'project_office')
  @ApiBadRequestResponse({ description: 'Unknown kind or participant group (problem document naming the field)' })
  @ApiCreatedResponse({ type: SessionView })
  @ApiConflictResponse({ description: 'Not in the steps plan-gathering or gathering' })
  createSession(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: CreateSessionDto) {
    return this.gathering.createSession(p, id, dto);
  }

  @Get('sessions')
  @Access('Gathering sessions with their number of needs', ...READERS)
  @ApiOkResponse({ type: [SessionWithNeedsView] })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  sessions(@Param('id', UuidParam) id: string) {
    return this.gathering.sessions(id);
  }

  @Post('sessions/:sessionId/needs')
  @HttpCode(201)
  @Access('Record one need from a session (step gathering)', 'project_office')
  @ApiCreatedResponse({ type: NeedView })
  @ApiConflictResponse({ description: 'Not in the step gathering' })
  addNeed(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('sessionId', UuidParam) sessionId: string, @Body() dto: CreateNeedDto) {
    return this.gathering.addNeed(p, id, sessionId, dto);
  }

  @Post('sessions/:sessionId/needs/import')
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @Access('Import a session\'s needs from CSV with the header "text,category,question" (category and question optional); a file with any bad row is refused whole, errors listed by row; dryRun=true checks the file and answers a preview without importing', 'project_office')
  @ApiBadRequestResponse({ description: 'Row-level errors, e.g. "row 12.category: \'x\' is not one of …"; nothing imported' })
  @ApiCreatedResponse({ type: NeedsImportView, description: 'The needs imported, or with dryRun=true the preview' })
  @ApiConflictResponse({ description: 'Not in the step gathering' })
  importNeeds(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('sessionId', UuidParam) sessionId: string, @Body() csv: string, @Query() query: ImportQuery) {
    return this.gathering.importNeeds(p, id, sessionId, csv, query.dryRun === 'true');
  }

  @Post('needs/import')
  @HttpCode(201)
  @Access(
    'Import a whole gathering\'s needs from one CSV file with the header "text,source,group,category" (question optional): each row goes to the session of its kind (source) and participant group, an existing one with only that group or one the import makes; kinds, groups and categories by key, Swedish or English name, others mapped by the request\'s mapping. All rows or none (step gathering); dryRun=true answers the sessions, the unknown labels with suggestions and the first rows, and stores nothing',
    'project_office',
  )
  @ApiBadRequestResponse({ description: 'Errors named by line and column, e.g. "line 12.category: \'Trivsel\' is not a need category …"; nothing stored' })
  @ApiCreatedResponse({ type: NeedsFileImportView, description: 'The needs imported and the sessions they went to, or with dryRun=true the preview' })
  @ApiConflictResponse({ description: 'Not in the step gathering' })
  importNeedsFile(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: ImportNeedsFileDto, @Query() query: ImportQuery) {
    return this.fileImport.importFile(p, id, dto, query.dryRun === 'true');
  }

  @Get('needs')
  @Access('Needs, by category or uncategorized', ...READERS)
  @ApiOkResponse({ type: NeedPageView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  needs(@Param('id', UuidParam) id: string, @Query() query: NeedsQuery) {
    return this.gathering.needs(id, query);
  }

  @Post('needs/categorize')
  @HttpCode(200)
  @Access("Give needs categories from the program's list (steps gathering, categorization)", 'project_office')
  @ApiOkResponse({ type: CategorizedView })
  @ApiConflictResponse({ description: 'Not in the steps gathering or categorization' })
  categorize(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: CategorizeNeedsDto) {
    return this.gathering.categorize(p, id, dto);
  }

  @Get('needs/statistics')
  @Access('Needs per category (count and share), per session kind and per participant group', ...READERS)
  @ApiOkResponse({ type: NeedStatisticsView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  statistics(@Param('id', UuidParam) id: string) {
    return this.gathering.statistics(id);
  }

  @Put('focus-areas')
  @Access("Choose the focus areas (at most the template's number; exactly that many to complete the step), each linked to need categories", 'project_office')
  @ApiOkResponse({ type: FocusAreasView })
  @ApiConflictResponse({ description: 'Not in the step focus-areas' })
  setFocusAreas(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: SetFocusAreasDto) {
    return this.areas.setFocusAreas(p, id, dto);
  }

  @Get('focus-areas')
  @Access('The focus areas, with the needs per category that support the choice', ...READERS)
  @ApiOkResponse({ type: FocusAreasView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  focusAreas(@Param('id', UuidParam) id: string) {
    return this.areas.focusAreas(id);
  }

  @Put('collaboration-model')
  @Access("Assign bodies to the collaboration-model roles and name the steering group's decision maker, the one person who decides the gate", 'project_office')
  @ApiBadRequestResponse({ description: 'An unknown role, or a gateOwnerId who can never decide a gate (nobody, no gate.decide permission, a manager or a participant): a problem document naming the field; nothing is changed' })
  @ApiOkResponse({ type: CollaborationModelView })
  @ApiConflictResponse({ description: 'Not in the step collaboration-model' })
  setCollaborationModel(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: SetCollaborationModelDto) {
    return this.collaboration.setCollaborationModel(p, id, dto);
  }

  @Get('collaboration-model')
  @Access("The collaboration model and the gate's decision maker (gateOwnerId; null for a contact person unless it is themselves or of their organization)", ...READERS)
  @ApiOkResponse({ type: CollaborationModelView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  collaborationModel(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string) {
    return this.collaboration.collaborationModel(p, id);
  }

  @Get('network')
  @Access(
    "The contact-person network: member organizations, cadence and meetings (attendance counted); a contact person sees no other organization's contact person (personId and contactPerson null, attendeeIds only their own organization's)",
    ...READERS,
  )
  @ApiOkResponse({ type: NetworkView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  network(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string) {
    return this.contacts.network(p, id);
  }

  @Post('network/members')
  @HttpCode(201)
  @Access('Add the contact person of a department or company (one each)', 'project_office')
  @ApiCreatedResponse({ type: NetworkMemberView })
  @ApiConflictResponse({ description: 'Before the step network, the program closed, or the organization already has its member' })
  addMember(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: AddNetworkMemberDto) {
    return this.contacts.addNetworkMember(p, id, dto);
  }

  @Delete('network/members/:organizationId')
  @Access("An organization's contact person leaves the network", 'project_office')
  @ApiOkResponse({ type: NetworkMemberView, description: 'The member, with leftAt set' })
  removeMember(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('organizationId', UuidParam) organizationId: string) {
    return this.contacts.removeNetworkMember(p, id, organizationId);
  }

  @Post('network/start')
  @HttpCode(200)
  @Access("Start the network's workflow: the kickoff, then meetings at the program's cadence (step network)", 'project_office')
  @ApiOkResponse({ type: NetworkView })
  @ApiConflictResponse({ description: 'Not in the step network, no members yet, or already started' })
  startNetwork(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: StartNetworkDto) {
    return this.contacts.startNetwork(p, id, dto);
  }

  @Put('network/meetings/:number')
  @Access('Record attendance and minutes of a scheduled meeting (0 is the kickoff)', 'project_office')
  @ApiNotFoundResponse({ description: 'The meeting has not been scheduled' })
  @ApiOkResponse({ type: RecordedMeetingView })
  recordMeeting(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('number', MeetingNumberParam) number: number, @Body() dto: RecordMeetingDto) {
    return this.contacts.recordMeeting(p, id, number, dto);
  }

  @Post('communication-plan')
  @HttpCode(201)
  @Access('Add a communication-plan item: channel, audience, one-off or continuous, due date (step communication-plan)', 'project_office')
  @ApiCreatedResponse({ type: CommunicationItemView })
  @ApiConflictResponse({ description: 'Not in the step communication-plan' })
  addCommunicationItem(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: CreateCommunicationItemDto) {
    return this.communication.addCommunicationItem(p, id, dto);
  }

  @Get('communication-plan')
  @Access('The communication plan', ...READERS)
  @ApiOkResponse({ type: [ListedCommunicationItemView] })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  communicationPlan(@Param('id', UuidParam) id: string) {
    return this.communication.communicationPlan(id);
  }

  @Post('steps/:stepKey/complete')
  @HttpCode(200)
  @Access('Complete the open step once its data is complete (e.g. every need categorized)', 'project_office')
  @ApiConflictResponse({ description: 'Not the open step, or its data is incomplete (the problems are listed; e.g. the uncategorized needs)' })
  @ApiOkResponse({ type: StepCompletedView })
  completeStep(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('stepKey') stepKey: string) {
    return this.steps.completeStep(p, id, stepKey);
  }

  @Get('report')
  @Access('The phase report (delrapport) generated from the data: JSON, Markdown or HTML (format=, or the Accept header)', ...READERS)
  @ApiOkResponse({
    description: "Needs per category and per source, focus areas, collaboration model, network (for a contact person without other organizations' contact persons), communication plan: JSON, or Markdown or HTML (format=, or the Accept header)",
    content: { 'application/json': { schema: { $ref: getSchemaPath(PhaseReportView) } }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } },
  })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  async report(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Query() query: ReportQuery, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.reports.report(p, id);
    const accept = req.headers.accept ?? '';
    const format = query.format ?? (accept.includes('text/html') ? 'html' : accept.includes('text/markdown') ? 'markdown' : 'json');
    const lang = query.lang ?? 'sv';
    if (format === 'markdown') {
      void reply.header('content-type', 'text/markdown; charset=utf-8');
      return this.reports.markdown(report, lang);
    }
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return this.reports.html(report, lang);
    }
    return report;
  }
}

