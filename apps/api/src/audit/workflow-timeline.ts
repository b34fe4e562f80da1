import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import proto, { type temporal } from '@temporalio/proto';
import { TemporalConnection } from '@gov/temporal';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
// @temporalio/proto is CommonJS: its namespace comes through the default export under Node's ESM loader.
const EventType = proto.temporal.api.enums.v1.EventType;

/** One readable line of a workflow's history. */
export interface TimelineItem {
  at: string;
  workflowId: string;
  kind: 'workflow' | 'update' | 'signal' | 'timer' | 'activity' | 'child';
  what: string;
  /** Who sent the update or signal (pseudonymous person id), when the command carried one. */
  actorId?: string;
  outcome?: string;
  detail?: Record<string, unknown>;
}

const MAX_CHILDREN = 200;

/** What a workflow id may be (others answer 400). */
export const WORKFLOW_ID = /^[A-Za-z0-9._:@-]{1,255}$/;

/**
 * Renders Temporal event histories as a manager reads them: which update or signal arrived and
 * from whom, which timer fired, which activity ran and how it ended, which child workflow ran —
 * for a workflow and, recursively, its children. Workflow-task bookkeeping is left out.
 */
@Injectable()
export class WorkflowTimeline {
  constructor(@Inject(TemporalConnection) private readonly temporal: TemporalConnection) {}

  async timeline(workflowId: string): Promise<{ workflowId: string; items: TimelineItem[]; workflows: number }> {
    if (!WORKFLOW_ID.test(workflowId)) throw new BadRequestException('workflowId must be a workflow id such as program-<uuid> or task-<uuid>');
    const items: TimelineItem[] = [];
    const seen = new Set<string>();
    const queue = [workflowId];
    while (queue.length && seen.size < MAX_CHILDREN) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      let events: HistoryEvent[];
      try {
        events = (await this.temporal.client.workflow.getHandle(id).fetchHistory()).events ?? [];
      } catch (err) {
        if (!notFound(err)) throw err;
        if (id === workflowId) throw new NotFoundException(`Workflow ${workflowId} not found`);
        continue;
      }
      items.push(...this.render(id, events, (child) => queue.push(child)));
    }
    items.sort((a, b) => a.at.localeCompare(b.at));
    return { workflowId, items, workflows: seen.size };
  }

  private render(workflowId: string, events: HistoryEvent[], child: (id: string) => void): TimelineItem[] {
    const out: TimelineItem[] = [];
    const activities = new Map<string, string>();
    const timers = new Map<string, string>();
    const at = (e: HistoryEvent) => new Date(Number(e.eventTime?.seconds ?? 0) * 1000 + Math.floor((e.eventTime?.nanos ?? 0) / 1e6)).toISOString();
    const item = (e: HistoryEvent, rest: Omit<TimelineItem, 'at' | 'workflowId'>) => out.push({ at: at(e), workflowId, ...rest });
    for (const e of events) {
      switch (e.eventType) {
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
          item(e, { kind: 'workflow', what: `started ${e.workflowExecutionStartedEventAttributes?.workflowType?.name}` });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED: {
          const request = e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
          const args = decode(request?.input?.args?.payloads);
          item(e, { kind: 'update', what: request?.input?.name ?? 'update', actorId: actorOf(args), detail: summary(args) });
          break;
        }
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
          if (e.workflowExecutionUpdateCompletedEventAttributes?.outcome?.failure) {
            item(e, { kind: 'update', what: 'update refused', outcome: e.workflowExecutionUpdateCompletedEventAttributes.outcome.failure.message ?? 'refused' });
          }
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED: {
          const args = decode(e.workflowExecutionSignaledEventAttributes?.input?.payloads);
          item(e, { kind: 'signal', what: e.workflowExecutionSignaledEventAttributes?.signalName ?? 'signal', actorId: actorOf(args), detail: summary(args) });
          break;
        }
        case EventType.EVENT_TYPE_TIMER_STARTED: {
          const a = e.timerStartedEventAttributes;
          const seconds = Number(a?.startToFireTimeout?.seconds ?? 0) + (a?.startToFireTimeout?.nanos ?? 0) / 1e9;
          timers.set(String(e.eventId), `${seconds} s`);
          break;
        }
        case EventType.EVENT_TYPE_TIMER_FIRED:
          item(e, { kind: 'timer', what: `timer of ${timers.get(String(e.timerFiredEventAttributes?.startedEventId)) ?? '?'} fired` });
          break;
        case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
          activities.set(String(e.eventId), e.activityTaskScheduledEventAttributes?.activityType?.name ?? 'activity');
          break;
        case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
          item(e, { kind: 'activity', what: activities.get(String(e.activityTaskCompletedEventAttributes?.scheduledEventId)) ?? 'activity', outcome: 'completed' });
          break;
        case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED:
          item(e, { kind: 'activity', what: activities.get(String(e.activityTaskFailedEventAttributes?.scheduledEventId)) ?? 'activity', outcome: `failed: ${e.activityTaskFailedEventAttributes?.failure?.message ?? ''}` });
          break;
        case EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT:
          item(e, { kind: 'activity', what: activities.get(String(e.activityTaskTimedOutEventAttributes?.scheduledEventId)) ?? 'activity', outcome: 'timed out' });
          break;
        case EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED: {
          const a = e.childWorkflowExecutionStartedEventAttributes;
          const id = a?.workflowExecution?.workflowId;
          if (id) child(id);
          item(e, { kind: 'child', what: `started ${a?.workflowType?.name} ${id}` });
          break;
        }
        case EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED:
          item(e, { kind: 'child', what: `${e.childWorkflowExecutionCompletedEventAttributes?.workflowType?.name} ${e.childWorkflowExecutionCompletedEventAttributes?.workflowExecution?.workflowId}`, outcome: 'completed' });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
          item(e, { kind: 'workflow', what: 'completed' });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
          item(e, { kind: 'workflow', what: 'continued as new (a fresh history carries the state on)' });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
          item(e, { kind: 'workflow', what: 'failed', outcome: e.workflowExecutionFailedEventAttributes?.failure?.message ?? '' });
          break;
        case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED:
          item(e, { kind: 'workflow', what: 'terminated', outcome: e.workflowExecutionTerminatedEventAttributes?.reason ?? '' });
          break;
        default:
          break;
      }
    }
    return out;
  }
}

/** The workflow does not exist (the SDK's error, or the server's gRPC NOT_FOUND). */
function notFound(err: unknown): boolean {
  return err instanceof WorkflowNotFoundError || (err as { code?: number })?.code === 5 || (err as { cause?: { code?: number } })?.cause?.code === 5;
}

function decode(payloads: temporal.api.common.v1.IPayload[] | null | undefined): unknown[] {
  return (payloads ?? []).map((p) => {
    try {
      return defaultPayloadConverter.fromPayload(p);
    } catch {
      return undefined;
    }
  });
}

function actorOf(args: unknown[]): string | undefined {
  const first = args[0] as { actorId?: unknown } | undefined;
  return typeof first?.actorId === 'string' ? first.actorId : undefined;
}

/** The command's own small facts (workflows carry identifiers and keys only, never personal data). */
function summary(args: unknown[]): Record<string, unknown> | undefined {
  const first = args[0];
  if (!first || typeof first !== 'object') return undefined;
  const { actorId: _a, ...rest } = first as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}
