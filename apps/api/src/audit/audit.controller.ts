import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Access } from '../auth/auth.decorators.js';
import { AuditExportQuery, AuditPageQuery } from './audit.dto.js';
import { AuditService } from './audit.service.js';
import { WorkflowTimeline } from './workflow-timeline.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(WorkflowTimeline) private readonly timelines: WorkflowTimeline,
  ) {}

  @Get()
  @Access('The audit trail, newest first, filtered by program, phase, activity, cohort, person, organization, event type and time; cursor paging', 'manager', 'project_office')
  page(@Query() query: AuditPageQuery) {
    return this.audit.page(query);
  }

  @Get('verify')
  @Access('Walk the hash chain: whether every entry is intact, and the first broken one', 'manager', 'project_office')
  @ApiOkResponse({ description: '{ valid, entries, head: { seq, hash }, firstBroken: { seq, id, reason } | null }' })
  verify() {
    return this.audit.verify();
  }

  @Get('export')
  @Access('Export the (filtered) audit trail as JSON Lines or CSV, streamed, with the chain head for later checking', 'manager', 'project_office')
  @ApiProduces('application/jsonl', 'text/csv')
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
  timeline(@Param('workflowId') workflowId: string) {
    return this.timelines.timeline(workflowId);
  }
}
