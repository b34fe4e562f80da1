import { ApiProperty } from '@nestjs/swagger';
import { PORTFOLIO_SIGNALS, PORTFOLIO_STATUSES } from '@gov/domain';
import { LocalizedLabelView } from '../programs/program.dto.js';
import { PORTFOLIO_KINDS } from './portfolio.dto.js';

export class PortfolioReasonView {
  @ApiProperty({ enum: PORTFOLIO_SIGNALS }) signal: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) count: number;
  @ApiProperty({ enum: ['at-risk', 'off-track'], description: 'The status this reason alone gives' }) status: string;
  @ApiProperty({ type: LocalizedLabelView, description: 'The reason in Swedish and English' }) label: LocalizedLabelView;
}

export class PortfolioCountsView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open tasks past their due moment' }) overdueTasks: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open tasks due within 3 days' }) dueSoonTasks: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Gates (decision points) waiting for a decision' }) gatesWaiting: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Gates waiting past their due moment' }) overdueGates: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Activities whose status report is past due' }) activitiesWithoutReport: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: "Effect-goal indicators whose latest value is behind the line to their target" }) indicatorsBehind: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Open offers of a place expiring within 3 days' }) offersExpiring: number;
}

export class PortfolioPhaseView {
  @ApiProperty({ description: "The template's phase key, or for a cohort its stage: before-info-meeting, interest-registration, under-way" }) key: string;
  @ApiProperty({ type: LocalizedLabelView }) name: LocalizedLabelView;
}

export class PortfolioRowView {
  @ApiProperty({ enum: PORTFOLIO_KINDS }) kind: string;
  @ApiProperty({ format: 'uuid', description: "The program's or the cohort's id" }) id: string;
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: "The program's name (a cohort's program)" }) programName: string;
  @ApiProperty() templateKey: string;
  @ApiProperty({ enum: ['active', 'closed'], description: "The program's status" }) programStatus: string;
  @ApiProperty({ type: PortfolioPhaseView, nullable: true, description: 'Where it stands: the current phase (null when closed or not started)' }) phase: PortfolioPhaseView | null;
  @ApiProperty({ enum: PORTFOLIO_STATUSES }) status: string;
  @ApiProperty({ type: [PortfolioReasonView], description: 'Why, worst first; empty when on track' }) reasons: PortfolioReasonView[];
  @ApiProperty({ type: PortfolioCountsView }) counts: PortfolioCountsView;
}

export class PortfolioTotalsView {
  @ApiProperty({ type: 'integer', minimum: 0 }) gatesWaiting: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdueTasks: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) offersExpiring: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) activitiesWithoutReport: number;
}

export class OrganizationTasksView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: assignees of no organization (the project office, participants)' }) organizationId: string | null;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) overdue: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) dueSoon: number;
}

export class PortfolioView {
  @ApiProperty({ type: [PortfolioRowView], description: 'Programs and cohorts matching the filters, off track first, then at risk, then on track' }) items: PortfolioRowView[];
  @ApiProperty({ type: PortfolioTotalsView, description: 'The counts that need action over the rows of the kind and organization filters (before status and needs)' }) totals: PortfolioTotalsView;
  @ApiProperty({ type: [OrganizationTasksView], description: 'Overdue and due-soon open tasks per organization, most overdue first (at most 30)' }) byOrganization: OrganizationTasksView[];
  @ApiProperty({ description: 'More programs or cohorts exist than the overview reads (the newest 200 programs, 200 cohorts)' }) truncated: boolean;
  @ApiProperty({ format: 'date-time', description: 'The moment the counts are taken at' }) at: string;
}
