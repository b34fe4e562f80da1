import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiExtraModels, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { DecideGateDto } from '../phased/phased.dto.js';
import { GateDecidedView } from '../phased/phased.views.js';
import { DecisionPointService } from './decision-point.service.js';
import { ProtocolService } from './protocol.service.js';
import { SteeringGroupService } from './steering-group.service.js';
import { BoardPackQuery, ProtocolQuery, ProvideMaterialDto, RecordMinutesDto, ScheduleSteeringMeetingDto, SetSteeringGroupDto } from './steering.dto.js';
import { BoardPackView, DecisionListView, OpenGateView, ProtocolView, SteeringGroupView, SteeringMeetingListView, SteeringMeetingView } from './steering.views.js';
import { BoardPackService } from './board-pack.service.js';
import { SteeringMeetingService } from './steering-meeting.service.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;
const MATERIAL_KEY = { name: 'key', schema: { type: 'string', pattern: '^[a-z][a-z0-9-]{1,62}$' } } as const;
const MEETING_ID = { name: 'meetingId', schema: { type: 'string', format: 'uuid' } } as const;
const TASK_ID = { name: 'taskId', schema: { type: 'string', format: 'uuid' }, description: "The decision point's task (gateTaskId in GET /programs/{id}/decisions)" } as const;

/**
 * Steering: a program's steering group (styrgrupp) and its decision rule, the decision points'
 * material (beslutsunderlag), the decisions and their protocols (beslutsprotokoll).
 */
@ApiTags('steering')
@ApiExtraModels(ProtocolView, BoardPackView)
@Controller('programs/:id')
export class SteeringController {
  constructor(
    @Inject(SteeringGroupService) private readonly groups: SteeringGroupService,
    @Inject(DecisionPointService) private readonly points: DecisionPointService,
    @Inject(ProtocolService) private readonly protocols: ProtocolService,
    @Inject(SteeringMeetingService) private readonly meetings: SteeringMeetingService,
    @Inject(BoardPackService) private readonly packs: BoardPackService,
  ) {}

  @Get('steering-group')
  @Access("The program's steering group: its rule, its seats now and every seat ever held (who was a member when)", ...READERS)
  @ApiOkResponse({ type: SteeringGroupView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  steeringGroup(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string): Promise<SteeringGroupView> {
    return this.groups.get(p, id);
  }

  @Put('steering-group')
  @Access('Set the steering group: its decision rule and quorum, and its seats (one chair, who becomes the decision maker whose inbox holds the gate)', 'project_office')
  @ApiOkResponse({ type: SteeringGroupView })
  @ApiBadRequestResponse({ description: 'Not exactly one chair, a person twice, an unknown person, a chair without gate.decide, a manager in a voting seat, or a quorum larger than the voting seats; nothing is changed' })
  @ApiConflictResponse({ description: 'The program is closed, or a decision point is open and the chair would change' })
  setSteeringGroup(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: SetSteeringGroupDto): Promise<SteeringGroupView> {
    return this.groups.set(p, id, dto);
  }

  @Get('gate')
  @Access('The open decision point: its outcomes, the material it requires (provided or not) and who decides', ...READERS)
  @ApiOkResponse({ type: OpenGateView })
  @ApiNotFoundResponse({ description: 'No such program, or no decision point is open' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  openGate(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string): Promise<OpenGateView> {
    return this.points.openGate(p, id);
  }

  @Put('gate/material/:key')
  @Access("Provide a piece of the open decision point's material (a document by title and link); again to replace it. The project office, the decision maker, or the steering group's chair or secretary", 'project_office', 'contact_person')
  @ApiParam(MATERIAL_KEY)
  @ApiOkResponse({ type: OpenGateView })
  @ApiNotFoundResponse({ description: 'No decision point is open, or it requires no material of that key' })
  @ApiConflictResponse({ description: 'The decision point has been decided' })
  @ApiForbiddenResponse({ description: "Neither the project office, the decision maker nor the group's chair or secretary" })
  provideMaterial(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('key') key: string, @Body() dto: ProvideMaterialDto): Promise<OpenGateView> {
    return this.points.provideMaterial(p, id, key, dto);
  }

  @Post('gate')
  @HttpCode(200)
  @Access(
    "The decision at the open decision point: one of its outcomes (a comment where it needs one), with conditions that become tasks. With a steering group its chair or secretary records it with the members present and, where the rule counts votes, each voting member's position; without, the decision maker named in the collaboration model (gateOwnerId, holding gate.decide) decides — anyone else gets 403",
    'project_office',
    'contact_person',
  )
  @ApiBadRequestResponse({ description: 'An outcome that needs a comment without one, a present person without a seat, a missing or misplaced position, a reservation by a member for the decision, a condition owner who cannot act or a due date in the past' })
  @ApiConflictResponse({ description: "No gate is waiting or it has been decided, material is missing (`missing` lists its keys), no quorum, or the group's rule did not carry the decision" })
  @ApiOkResponse({ type: GateDecidedView })
  @ApiForbiddenResponse({ description: "Not the decision maker (gateOwnerId) or without gate.decide; with a steering group, not its chair or secretary" })
  decideGate(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: DecideGateDto) {
    return this.points.decide(p, id, dto);
  }

  @Get('decisions')
  @Access("The decisions taken at the program's decision points, oldest first", ...READERS)
  @ApiOkResponse({ type: DecisionListView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  decisions(@Param('id', UuidParam) id: string): Promise<DecisionListView> {
    return this.protocols.list(id);
  }

  @Get('decisions/:taskId/protocol')
  @Access('The protocol (beslutsprotokoll) of a decision, generated from its record: JSON, HTML or PDF (format=, or the Accept header), in Swedish or English', ...READERS)
  @ApiParam(TASK_ID)
  @ApiOkResponse({
    description: 'Date, the rule, who was present and how each voted, the material, the decision, its conditions and reservations, and the audit entry that recorded it',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ProtocolView) } }, 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: 'No such program, or no decision at that decision point' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  async protocol(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParam) id: string,
    @Param('taskId', UuidParam) taskId: string,
    @Query() query: ProtocolQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.protocols.protocol(p, id, taskId, query.lang ?? 'sv');
    const format = formatOf(query.format, req.headers.accept);
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return this.protocols.html(view);
    }
    if (format === 'pdf') {
      void reply.header('content-type', 'application/pdf');
      void reply.header('content-disposition', `inline; filename="beslutsprotokoll-${view.phaseKey}-${view.round}.pdf"`);
      return this.protocols.pdf(view);
    }
    return view;
  }
  @Post('steering-meetings')
  @Access("Schedule a steering group meeting (or record one held in the last 30 days): its agenda is built from what waits for the group, and each member who can act gets it as a task with a calendar invitation, due when the meeting starts. The project office or the group's chair or secretary", 'project_office', 'contact_person')
  @ApiOkResponse({ type: SteeringMeetingView })
  @ApiBadRequestResponse({ description: 'An end not after the start, a meeting over 12 hours, held more than 30 days ago or over two years ahead' })
  @ApiConflictResponse({ description: 'The program has no steering group, or is closed' })
  @ApiForbiddenResponse({ description: "Neither the project office nor the group's chair or secretary" })
  @HttpCode(200)
  scheduleMeeting(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: ScheduleSteeringMeetingDto): Promise<SteeringMeetingView> {
    return this.meetings.schedule(p, id, dto);
  }

  @Get('steering-meetings')
  @Access("The steering group's meetings, oldest first, each with its agenda as it stands", ...READERS)
  @ApiOkResponse({ type: SteeringMeetingListView })
  @ApiForbiddenResponse({ description: 'A contact person without a seat in the group' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  meetingsOf(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string): Promise<SteeringMeetingListView> {
    return this.meetings.list(p, id);
  }

  @Get('steering-meetings/:meetingId')
  @Access('A steering meeting: its agenda, invitations and minutes', ...READERS)
  @ApiParam(MEETING_ID)
  @ApiOkResponse({ type: SteeringMeetingView })
  @ApiNotFoundResponse({ description: "Not one of the program's meetings" })
  @ApiForbiddenResponse({ description: 'A contact person without a seat in the group' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  meeting(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('meetingId', UuidParam) meetingId: string): Promise<SteeringMeetingView> {
    return this.meetings.get(p, id, meetingId);
  }

  @Put('steering-meetings/:meetingId/minutes')
  @Access("Record a held meeting's minutes: the project office or the group's chair or secretary", 'project_office', 'contact_person')
  @ApiParam(MEETING_ID)
  @ApiOkResponse({ type: SteeringMeetingView })
  @ApiNotFoundResponse({ description: "Not one of the program's meetings" })
  @ApiConflictResponse({ description: 'The meeting has not started yet' })
  @ApiForbiddenResponse({ description: "Neither the project office nor the group's chair or secretary" })
  recordMinutes(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('meetingId', UuidParam) meetingId: string, @Body() dto: RecordMinutesDto): Promise<SteeringMeetingView> {
    return this.meetings.recordMinutes(p, id, meetingId, dto);
  }

  @Get('steering-meetings/:meetingId/board-pack')
  @Access('The board pack (styrgruppsunderlag) of a meeting, generated from the data and the audit trail: JSON, HTML or PDF (format=, or the Accept header), Swedish or English', ...READERS)
  @ApiParam(MEETING_ID)
  @ApiOkResponse({
    description: 'Status per phase and activity (on track, at risk, off track with the reason), the changes since the previous meeting, overdue tasks per organization, the indicators against their targets',
    content: { 'application/json': { schema: { $ref: getSchemaPath(BoardPackView) } }, 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotFoundResponse({ description: "Not one of the program's meetings" })
  @ApiForbiddenResponse({ description: 'A contact person without a seat in the group' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  async boardPack(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParam) id: string,
    @Param('meetingId', UuidParam) meetingId: string,
    @Query() query: BoardPackQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.packs.pack(p, id, meetingId, query.lang ?? 'sv');
    const format = formatOf(query.format, req.headers.accept);
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return this.packs.html(view);
    }
    if (format === 'pdf') {
      void reply.header('content-type', 'application/pdf');
      void reply.header('content-disposition', `inline; filename="styrgruppsunderlag-${view.number}.pdf"`);
      return this.packs.pdf(view);
    }
    return view;
  }
}

/** The document's format: the query's, or the Accept header's (JSON by default). */
function formatOf(asked: 'json' | 'html' | 'pdf' | undefined, accept = ''): 'json' | 'html' | 'pdf' {
  return asked ?? (accept.includes('application/pdf') ? 'pdf' : accept.includes('text/html') ? 'html' : 'json');
}
