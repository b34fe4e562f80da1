import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandAuditInterceptor } from './command-audit.interceptor.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { WorkflowTimeline } from './workflow-timeline.js';

/** The audit trail for managers: filtered history, chain verification, export, workflow timelines. */
@Module({ controllers: [AuditController], providers: [AuditService, WorkflowTimeline, { provide: APP_INTERCEPTOR, useClass: CommandAuditInterceptor }] })
export class AuditModule {}
