import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { ChangeDueDateDto, CompleteTaskDto, CreateTaskDto, InboxQuery, ReassignTaskDto, TaskPageView, TaskView } from './task.dto.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@Controller()
export class TasksController {
  constructor(@Inject(TasksService) private readonly tasks: TasksService) {}

  @Post('tasks')
  @Access('Create a task for a person or an organization’s contact person, with reminders', 'project_office')
  @ApiCreatedResponse({ type: TaskView })
  @ApiBadRequestResponse({ description: 'Invalid body, or an assignee who cannot complete the task (a manager, a participant): a problem document naming the field; nothing is stored' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTaskDto): Promise<TaskView> {
    return this.tasks.create(principal, dto);
  }

  @Get('me/tasks')
  @Access('My tasks, soonest due first: open by default, or due soon / overdue (the project office and managers see all)', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({ type: TaskPageView })
  inbox(@CurrentPrincipal() principal: Principal, @Query() query: InboxQuery): Promise<TaskPageView> {
    return this.tasks.inbox(principal, query);
  }

  @Get('tasks/:id')
  @Access('One task', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({ type: TaskView })
  @ApiNotFoundResponse({ description: 'No such task, or not yours' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<TaskView> {
    return this.tasks.get(principal, id);
  }

  @Post('tasks/:id/complete')
  @HttpCode(200)
  @Access('Complete a task with the answer its form asks for', 'project_office', 'contact_person')
  @ApiOkResponse({ type: TaskView })
  @ApiConflictResponse({ description: 'The task is no longer open' })
  complete(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: CompleteTaskDto): Promise<TaskView> {
    return this.tasks.complete(principal, id, dto);
  }

  @Post('tasks/:id/reassign')
  @HttpCode(200)
  @Access('Hand a task to another person (a contact person: within their organization)', 'project_office', 'contact_person')
  @ApiOkResponse({ type: TaskView })
  @ApiBadRequestResponse({ description: 'assigneeId: nobody, outside your organization, or a person who cannot complete the task (a manager, a participant)' })
  @ApiConflictResponse({ description: 'The task is no longer open, already that person’s, or bound to its person (a gate’s decision maker, an offer’s candidate)' })
  reassign(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: ReassignTaskDto): Promise<TaskView> {
    return this.tasks.reassign(principal, id, dto.assigneeId);
  }

  @Post('tasks/:id/cancel')
  @HttpCode(200)
  @Access('Cancel a task; no more reminders', 'project_office')
  @ApiOkResponse({ type: TaskView })
  @ApiConflictResponse({ description: 'The task is no longer open' })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<TaskView> {
    return this.tasks.cancel(principal, id);
  }

  @Patch('tasks/:id')
  @Access('Move a task’s due moment; reminders are rescheduled', 'project_office')
  @ApiOkResponse({ type: TaskView })
  @ApiConflictResponse({ description: 'The task is no longer open' })
  changeDueDate(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: ChangeDueDateDto): Promise<TaskView> {
    return this.tasks.changeDueDate(principal, id, dto);
  }
}
