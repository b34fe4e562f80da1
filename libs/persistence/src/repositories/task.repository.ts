import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TaskEntity, type TaskStatus } from '../entities/task.entity.js';

export interface InboxFilter {
  /** One assignee, or several (a substitute's own and those of whom they act for). */
  assigneeId?: string | string[];
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
    if (Array.isArray(filter.assigneeId)) q.andWhere('t.assignee_id IN (:...assignees)', { assignees: filter.assigneeId });
    else if (filter.assigneeId) q.andWhere('t.assignee_id = :assignee', { assignee: filter.assigneeId });
    if (filter.status) q.andWhere('t.status = :status', { status: filter.status });
    if (filter.programId) q.andWhere('t.program_id = :program', { program: filter.programId });
    if (filter.overdue) q.andWhere(`t.status = 'open' AND t.due_at < now()`);
    if (filter.dueWithinMs !== undefined) {
      q.andWhere(`t.status = 'open' AND t.due_at >= now() AND t.due_at < now() + make_interval(secs => :secs)`, { secs: filter.dueWithinMs / 1000 });
    }
    return q.orderBy('t.due_at', 'ASC').addOrderBy('t.id', 'ASC').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /**
   * Written by the task workflow's activity: the read model follows the workflow's state. A closed
   * task never reads as open again: the API may already have written the close the workflow
   * accepted (`projectClosed`), and an earlier change still on its way must not undo it.
   */
  async project(id: string, projection: TaskProjection, manager?: EntityManager): Promise<void> {
    const q = this.repo(manager).createQueryBuilder().update(TaskEntity).set(projection).where('id = :id', { id });
    if (projection.status === 'open') q.andWhere(`status = 'open'`);
    await q.execute();
  }

  /**
   * A close the task's workflow has just accepted (the update's answer), written by the API before it
   * answers, so that whoever sent it reads their own write: the task leaves the inbox and its answer
   * shows at once. Only an open row changes; the workflow's activity writes the same state after.
   */
  async projectClosed(close: { taskId: string; status: 'done' | 'cancelled'; completedBy: string | null; closedAt: string | null; answerCommandId?: string | null }, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE tasks SET status = $2, completed_by = $3, closed_at = COALESCE($4::timestamptz, now()), updated_at = now(),
         answer = CASE WHEN $5::uuid IS NOT NULL AND pending_command_id = $5::uuid THEN pending_answer ELSE answer END,
         pending_answer = CASE WHEN $5::uuid IS NOT NULL AND pending_command_id = $5::uuid THEN NULL ELSE pending_answer END,
         pending_command_id = CASE WHEN $5::uuid IS NOT NULL AND pending_command_id = $5::uuid THEN NULL ELSE pending_command_id END
       WHERE id = $1 AND status = 'open'`,
      [close.taskId, close.status, close.completedBy, close.closedAt, close.answerCommandId ?? null],
    );
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

  /** A reassignment the task's workflow accepted, in the read model before the caller answers (an open task only). */
  async projectAssignee(id: string, assigneeId: string, manager?: EntityManager): Promise<void> {
    await this.repo(manager).createQueryBuilder().update(TaskEntity).set({ assigneeId }).where(`id = :id AND status = 'open'`, { id }).execute();
  }

  /** The completion accepted: the answer its command committed becomes the task's answer. */
  async acceptPendingAnswer(id: string, commandId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE tasks SET answer = pending_answer, pending_answer = NULL, pending_command_id = NULL WHERE id = $1 AND pending_command_id = $2`, [id, commandId]);
  }
}
