import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/auth.decorators.js';
import { PortfolioQuery } from './portfolio.dto.js';
import { PortfolioService } from './portfolio.service.js';
import { PortfolioView } from './portfolio.views.js';

/** The project office's portfolio overview (also read by managers, who read every program). */
@ApiTags('portfolio')
@Controller('portfolio')
export class PortfolioController {
  constructor(@Inject(PortfolioService) private readonly portfolio: PortfolioService) {}

  @Get()
  @Access('Every program and cohort with its phase, status (on track, at risk, off track) and why, the counts that need action, and overdue and due-soon tasks per organization', 'project_office', 'manager')
  @ApiOkResponse({ type: PortfolioView })
  @ApiBadRequestResponse({ description: 'An unknown filter value (problem document naming the parameter)' })
  overview(@Query() query: PortfolioQuery): Promise<PortfolioView> {
    return this.portfolio.overview(query);
  }
}
