import { Inject, Injectable } from '@nestjs/common';
import addressparser from 'nodemailer/lib/addressparser';
import { AppConfig } from '@gov/config';
import { meetingInvitation, nextDigestAt, renderTaskNotice } from '@gov/notifications';
import { AbsenceRepository, OutboxRepository, PersonRepository, TaskRepository, type NewOutboxMessage } from '@gov/persistence';
import { taskWorkflowId, type TaskActivities, type TaskChange, type TaskNotice, type TaskNoticeChange } from '@gov/temporal/contracts';
import type { EntityManager } from 'typeorm';
import { AuditWriter } from './audit-writer.js';
import { rowNotThereYet } from './row-not-there-yet.js';

@Injectable()
export class TaskActivitiesService implements TaskActivities {
  constructor(
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(AuditWriter) private readonly audit: AuditWriter,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
  ) {
    this.organizer = parseAddress(config.mail.from);
  }

  /** The sender of every mail, as the invitation's organizer. */
  private readonly organizer: { name: string; email: string };

  async recordTaskChange(change: TaskChange): Promise<void> {
    await this.tasks.transaction((manager) => this.record(change, manager));
  }

  async sendTaskNotice(change: TaskNoticeChange): Promise<void> {
    // Someone away has a substitute: the notice goes to them, on the record as delivered to them.
    const substituteId = await this.absences.substituteOf(change.notice.recipientId);
    // Rendered before the transaction: it only reads.
    const message = await this.render(change.notice, substituteId);
    const events = substituteId ? change.events.map((e) => ({ ...e, data: { ...e.data, substituteId } })) : change.events;
    await this.tasks.transaction(async (manager) => {
      if (message) await this.outbox.enqueue(message, manager);
      await this.record({ ...change, events }, manager);
    });
  }

  private async record({ state, events }: TaskChange, manager: EntityManager): Promise<void> {
    for (const [i, event] of events.entries()) await this.audit.write(event, manager, i);
    await this.tasks.project(
      state.taskId,
      {
        status: state.status,
        assigneeId: state.assigneeId,
        dueAt: new Date(state.dueAt),
        escalated: state.escalated,
        remindersSent: state.remindersSent,
        completedBy: state.completedBy,
        closedAt: state.closedAt ? new Date(state.closedAt) : null,
      },
      manager,
    );
    if (state.status === 'done' && state.answerCommandId) await this.tasks.acceptPendingAnswer(state.taskId, state.answerCommandId, manager);
  }

  /** The notice as an outbox message in the recipient's language; null when the recipient is gone. */
  private async render(notice: TaskNotice, substituteId: string | null): Promise<NewOutboxMessage | null> {
    const task = await this.tasks.findById(notice.taskId);
    if (!task) rowNotThereYet(`Task ${notice.taskId}`);
    const recipient = await this.persons.findById(substituteId ?? notice.recipientId);
    // A person removed since the task was made cannot be reached; the audit trail still shows the notice.
    if (!recipient) return null;
    const absent = substituteId ? await this.persons.findById(notice.recipientId) : null;
    const assignee = notice.kind === 'escalation' || absent ? await this.persons.findById(task.assigneeId) : recipient;
    // People open it in a browser: the web UI's task page, not the API's JSON (as the calendar feed links).
    const taskUrl = `${this.config.publicUrl}/app/tasks/${task.id}`;
    const mail = renderTaskNotice({
      kind: notice.kind,
      number: notice.number,
      locale: recipient.locale,
      title: task.title,
      dueAt: task.dueAt,
      taskUrl,
      recipientName: recipient.displayName,
      assigneeName: assignee?.displayName,
      ...(absent ? { onBehalfOfName: absent.displayName } : {}),
      meeting: task.meeting,
    });
    const ics =
      notice.kind === 'invitation' && task.meeting
        ? meetingInvitation({
            uid: `${taskWorkflowId(task.id)}@governance`,
            title: task.title,
            description: `${task.instructions}\n\n${taskUrl}`.trim(),
            meeting: task.meeting,
            organizer: this.organizer,
            attendee: { name: recipient.displayName, email: recipient.email },
            url: taskUrl,
          })
        : null;
    // Only reminders wait for a digest; escalations and invitations cannot.
    const held = notice.kind === 'reminder' && recipient.mailDelivery === 'daily_digest';
    return {
      // Derived from the workflow, the due-date version and the notice number — never the attempt.
      idempotencyKey: `${taskWorkflowId(task.id)}/due-${notice.dueVersion}/${notice.kind}-${notice.number}`,
      channel: held ? 'digest' : 'email',
      recipientId: recipient.id,
      toAddress: recipient.email,
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
      link: taskUrl,
      ics,
      nextAttemptAt: held ? nextDigestAt(new Date(), recipient.digestTime) : undefined,
    };
  }
}

/** MAIL_FROM as written (`Name <address>` or a bare address), parsed by nodemailer's own parser. */
function parseAddress(from: string): { name: string; email: string } {
  const [first] = addressparser(from, { flatten: true });
  return { name: first?.name || first?.address || from, email: first?.address || from };
}
