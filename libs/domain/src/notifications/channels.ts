/** How a person gets reminders by mail: one mail each, or one daily digest. */
export type MailDelivery = 'immediate' | 'daily_digest';
export const MAIL_DELIVERIES: readonly MailDelivery[] = ['immediate', 'daily_digest'];

/** HH:MM, 24-hour clock. */
export const DIGEST_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A meeting a task invites its assignee to (an info meeting, an interview, a network meeting). */
export interface Meeting {
  /** ISO 8601 timestamps. */
  startsAt: string;
  endsAt: string;
  location?: string;
}

/** Problems with a meeting, each naming its field; empty when valid. */
export function meetingErrors(meeting: Meeting): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const start = Date.parse(meeting.startsAt);
  const end = Date.parse(meeting.endsAt);
  if (typeof meeting.startsAt !== 'string' || Number.isNaN(start)) errors.push({ field: 'startsAt', message: 'an ISO 8601 timestamp' });
  if (typeof meeting.endsAt !== 'string' || Number.isNaN(end)) errors.push({ field: 'endsAt', message: 'an ISO 8601 timestamp' });
  if (!errors.length && end <= start) errors.push({ field: 'endsAt', message: 'must be after startsAt' });
  if (!errors.length && end - start > 7 * 86_400_000) errors.push({ field: 'endsAt', message: 'a meeting lasts at most 7 days' });
  if (meeting.location !== undefined && (typeof meeting.location !== 'string' || meeting.location.length > 300)) {
    errors.push({ field: 'location', message: 'text of at most 300 characters' });
  }
  const unknown = Object.keys(meeting).filter((k) => !['startsAt', 'endsAt', 'location'].includes(k));
  for (const k of unknown) errors.push({ field: k, message: 'is not a meeting property' });
  return errors;
}

/** A webhook subscribes to event types (`task.completed`), a family (`task.*`) or all events (`*`). */
export const EVENT_PATTERN = /^(\*|[a-z][a-z_]*\.(\*|[a-z][a-z_]*))$/;

export function eventMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
