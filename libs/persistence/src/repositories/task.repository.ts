import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TaskEntity, type TaskStatus } from '../entities/task.entity.js';

export interface InboxFilter {
  assigneeId?: string;
  status?: TaskStatus;
  /** open tasks due within this many ms from now (not yet overdue). */
  dueWithinMs?: number;
  overdue?: boolean;
  programId?: string;
  limit: number;
  offset: number;
}

export type TaskProjection = Pick<TaskEntity, 'status' | 'assigneeId' | 'dueAt' | 'escalated' | 'remindersSent' | 'completedBy' | 'closedAt'>;

@Injectable()
export class TaskRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TaskEntity);
  }

  async insert(task: Omit<TaskEntity, 'createdAt' | 'updatedAt' | 'status' | 'escalated' | 'remindersSent' | 'answer' | 'completedBy' | 'closedAt' | 'purpose' | 'subjectKey'> & Partial<Pick<TaskEntity, 'purpose' | 'subjectKey'>>, manager?: EntityManager): Promise<TaskEntity> {
    await this.repo(manager).insert(task);
    return this.repo(manager).findOneByOrFail({ id: task.id });
  }

  findById(id: string, manager?: EntityManager): Promise<TaskEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Overdue first, then soonest due. */
  async inbox(filter: InboxFilter): Promise<[TaskEntity[], number]> {
    const q = this.repo().createQueryBuilder('t');
    if (filter.assigneeId) q.andWhere('t.assignee_id = :assignee', { assignee: filter.assigneeId });
    if (filter.status) q.andWhere('t.status = :status', { status: filter.status });
    if (filter.programId) q.andWhere('t.program_id = :program', { program: filter.programId });
    if (filter.overdue) q.andWhere(`t.status = 'open' AND t.due_at < now()`);
    if (filter.dueWithinMs !== undefined) {
      q.andWhere(`t.status = 'open' AND t.due_at >= now() AND t.due_at < now() + make_interval(secs => :secs)`, { secs: filter.dueWithinMs / 1000 });
    }
    return q.orderBy('t.due_at', 'ASC').addOrderBy('t.id', 'ASC').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** Written by the task workflow's activity: the read model follows the workflow's state. */
  async project(id: string, projection: TaskProjection, manager?: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, projection);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async setAnswer(id: string, answer: TaskEntity['answer'], manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { answer });
  }

  /** Keeps an answer with the command that will complete the task; it becomes the answer once the workflow accepts that command. */
  async setPendingAnswer(id: string, answer: TaskEntity['answer'], commandId: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { pendingAnswer: answer, pendingCommandId: commandId });
  }

  /** The completion accepted: the answer its command committed becomes the task's answer. */
  async acceptPendingAnswer(id: string, commandId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE tasks SET answer = pending_answer, pending_answer = NULL, pending_command_id = NULL WHERE id = $1 AND pending_command_id = $2`, [id, commandId]);
  }
}
