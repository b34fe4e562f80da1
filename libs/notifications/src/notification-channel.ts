/**
 * A way to reach a person (email over SMTP, signed webhook, calendar invitation).
 * Deliveries go through the transactional outbox keyed by an idempotency key that is derived
 * from the workflow, the task and the reminder number, never from the activity attempt.
 */
export type ChannelKind = 'email' | 'webhook' | 'calendar';

export interface OutgoingNotification {
  idempotencyKey: string;
  channel: ChannelKind;
  recipientId: string;
  template: string;
  locale: 'sv' | 'en';
  data: Record<string, string | number | boolean | null>;
}

export interface NotificationChannel {
  readonly kind: ChannelKind;
  deliver(notification: OutgoingNotification): Promise<void>;
}
