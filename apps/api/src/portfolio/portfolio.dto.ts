import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PORTFOLIO_STATUSES, type PortfolioStatus } from '@gov/domain';
import { IsUuidV4, UUID_V4 } from '../common/uuid.pipe.js';

export const PORTFOLIO_KINDS = ['program', 'cohort'] as const;
/** The counts that need action; each a filter of the rows (and a link in the UI). */
export const PORTFOLIO_NEEDS = ['gatesWaiting', 'overdueTasks', 'offersExpiring', 'activitiesWithoutReport'] as const;
export type PortfolioNeed = (typeof PORTFOLIO_NEEDS)[number];

export class PortfolioQuery {
  @ApiPropertyOptional({ enum: PORTFOLIO_STATUSES, description: 'Only rows with this status' })
  @IsOptional()
  @IsIn(PORTFOLIO_STATUSES)
  status?: PortfolioStatus;

  @ApiPropertyOptional({ enum: PORTFOLIO_KINDS, description: 'Only programs, or only cohorts' })
  @IsOptional()
  @IsIn(PORTFOLIO_KINDS)
  kind?: (typeof PORTFOLIO_KINDS)[number];

  @ApiPropertyOptional({ ...UUID_V4, description: "Count only the tasks whose assignee belongs to this organization (rows, counts and chart)" })
  @IsOptional()
  @IsUuidV4()
  organizationId?: string;

  @ApiPropertyOptional({ enum: PORTFOLIO_NEEDS, description: 'Only rows where this count is above zero' })
  @IsOptional()
  @IsIn(PORTFOLIO_NEEDS)
  needs?: PortfolioNeed;
}
