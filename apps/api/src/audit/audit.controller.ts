import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { AUDIT_HASH_DESCRIPTION, AuditPageView, ChainVerificationView, TimelineView } from './audit.views.js';
import type { FastifyReply } from 'fastify';
import { Access } from '../auth/auth.decorators.js';
import { AuditExportQuery, AuditPageQuery } from './audit.dto.js';
import { AuditService } from './audit.service.js';
import { WORKFLOW_ID, WorkflowTimeline } from './workflow-timeline.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(WorkflowTimeline) private readonly timelines: WorkflowTimeline,
  ) {}

  @Get()
  @Access('The audit trail, newest first, filtered by program, phase, activity, cohort, person, organization, event type and time; cursor paging', 'manager', 'project_office')
  @ApiOkResponse({ type: AuditPageView, description: `Entries with their chain fields (seq, prevHash, hash).\n\n${AUDIT_HASH_DESCRIPTION}` })
  page(@Query() query: AuditPageQuery) {
    return this.audit.page(query);
  }

  @Get('verify')
  @Access('Walk the hash chain: whether every entry is intact, and the first broken one', 'manager', 'project_office')
  @ApiOkResponse({ type: ChainVerificationView })
  verify() {
    return this.audit.verify();
  }

  @Get('export')
  @Access('Export the (filtered) audit trail as JSON Lines or CSV, streamed, with the chain head for later checking', 'manager', 'project_office')
  @ApiOkResponse({
    description: `A file (Content-Disposition: attachment; header X-Audit-Chain-Head: <seq>:<hash>, or empty) of the matching entries in chain order, up to the chain head at export time. JSON Lines (format=jsonl, the default): a first line {"chain":{"headSeq","headHash","exportedAt"}}, then one entry per line with the members of AuditEntryView (data as a JSON object). CSV (format=csv): a header row seq,id,occurredAt,type,actorKind,actorId,actorRole,programId,phaseKey,activityId,cohortId,subjectPersonId,organizationId,workflowId,runId,requestId,data,prevHash,hash, a first row of type #chain-head (seq and hash of the head), then one row per entry (data as JSON text, an empty cell for null).\n\n${AUDIT_HASH_DESCRIPTION}`,
    content: { 'application/jsonl': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } } },
  })
  async export(@Query() query: AuditExportQuery, @Res() reply: FastifyReply) {
    const { stream, contentType, filename, head } = await this.audit.export(query);
    void reply
      .header('content-type', contentType)
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('x-audit-chain-head', head ? `${head.seq}:${head.hash}` : 'empty')
      .send(stream);
  }

  @Get('workflows/:workflowId/timeline')
  @Access("A workflow's history and its children's, as a readable timeline: updates and signals with who sent them, timers, activities and their outcomes", 'manager', 'project_office')
  @ApiOkResponse({ type: TimelineView })
  @ApiNotFoundResponse({ description: 'No such workflow' })
  @ApiParam({ name: 'workflowId', schema: { type: 'string', pattern: WORKFLOW_ID.source, maxLength: 255 }, description: 'A Temporal workflow id, such as program-<uuid> or task-<uuid>' })
  timeline(@Param('workflowId') workflowId: string) {
    return this.timelines.timeline(workflowId);
  }
}
