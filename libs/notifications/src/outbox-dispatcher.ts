import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { Agent, fetch } from 'undici';
import { AppConfig } from '@gov/config';
import { OutboxRepository, PersonRepository, WebhookSubscriptionRepository, type HeldDigest, type NewOutboxMessage, type OutboxMessageEntity } from '@gov/persistence';
import { renderDigest } from './digest.js';
import { signWebhook, SIGNATURE_HEADER } from './webhook-signature.js';
import { WebhookTargetPolicy, WebhookTargetRefused } from './webhook-target.js';

/** A delivery failure that retrying cannot fix. */
class PermanentFailure extends Error {}

const WEBHOOK_TIMEOUT_MS = 10_000;

/** SMTP answers that will not change on retry: the mailbox or address does not exist. */
function isPermanent(err: unknown): boolean {
  const e = err as { responseCode?: number; command?: string };
  return typeof e.responseCode === 'number' && e.responseCode >= 550 && e.responseCode <= 553 && /RCPT/i.test(e.command ?? '');
}

/** The SMTP Message-ID of a notification: the same on every attempt, so receivers can drop repeats. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 40)}@governance.notifications>`;
}

/**
 * Delivers the outbox: claims due messages under a lease, sends them, and marks them sent; on
 * failure retries with exponential back-off. A failed SMTP server delays mail, it never loses it.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly transport: Transporter;
  private readonly targets: WebhookTargetPolicy;
  /** Webhook connections: only to addresses the target policy permits, checked on each connection. */
  private readonly webhookAgent: Agent;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(WebhookSubscriptionRepository) private readonly webhooks: WebhookSubscriptionRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    const { smtpUrl } = config.mail;
    this.transport = smtpUrl
      ? // A small pool of kept-open connections: a reminder burst does not open one connection per mail.
        nodemailer.createTransport({ url: smtpUrl, pool: true, maxConnections: 5 }, { from: config.mail.from })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from: config.mail.from });
    this.targets = new WebhookTargetPolicy(config.webhooks.allowedTargets);
    this.webhookAgent = new Agent({ connect: { lookup: this.targets.lookup } });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
    if (!this.config.mail.smtpUrl) this.logger.log(`No SMTP_URL: mail is written to ${path.resolve(this.config.mail.dir)}`);
  }

  // A whole pass before any connection closes (those close in onApplicationShutdown).
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.transport.close();
    await this.webhookAgent.close();
  }

  /** Folds due digests into mails, then sends every due message once; returns how many were attempted. */
  async dispatchOnce(): Promise<number> {
    await this.outbox.composeDigests((held) => this.composeDigest(held));
    const batch = await this.outbox.claim(20, this.config.mail.leaseMs);
    await Promise.all(batch.map((m) => this.deliver(m)));
    return batch.length;
  }

  private async composeDigest(held: HeldDigest): Promise<NewOutboxMessage | null> {
    const person = await this.persons.findById(held.recipientId);
    if (!person) return null;
    const mail = renderDigest(person.locale, person.displayName, held.items, held.dueAt);
    return {
      // One digest per person and moment; the first held reminder makes it unique even if more arrive later.
      idempotencyKey: `digest-${person.id}/${held.dueAt.toISOString()}/${held.items[0].id}`,
      channel: 'email',
      recipientId: person.id,
      toAddress: person.email,
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
    };
  }

  private async run(): Promise<void> {
    while (this.running) {
      let attempted = 0;
      try {
        attempted = await this.dispatchOnce();
      } catch (err) {
        this.logger.warn(`Outbox unavailable: ${(err as Error).message}`);
      }
      if (attempted === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.mail.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  private async deliver(message: OutboxMessageEntity): Promise<void> {
    try {
      if (message.channel === 'webhook') await this.post(message);
      else await this.mail(message);
      await this.outbox.markSent(message.id);
    } catch (err) {
      const reason = (err as Error).message;
      if (err instanceof PermanentFailure || isPermanent(err) || message.attempts >= this.config.mail.maxAttempts) {
        this.logger.warn(`Notification ${message.id} given up after ${message.attempts} attempt(s): ${reason}`);
        await this.outbox.markDead(message.id, reason);
      } else {
        const delayMs = Math.min(1_000 * 2 ** (message.attempts - 1), 300_000);
        await this.outbox.markRetry(message.id, reason, delayMs);
      }
    }
  }

  private async mail(message: OutboxMessageEntity): Promise<void> {
    const info = await this.transport.sendMail({
      to: message.toAddress,
      subject: message.subject,
      text: message.bodyText,
      html: message.bodyHtml,
      messageId: messageIdFor(message.idempotencyKey),
      headers: { 'X-Idempotency-Key': message.idempotencyKey },
      // An invitation calendar clients show with accept/decline buttons (text/calendar; method=REQUEST).
      ...(message.ics ? { icalEvent: { method: 'REQUEST', filename: 'invitation.ics', content: message.ics } } : {}),
    });
    if (!this.config.mail.smtpUrl) this.writeToMailDir(message, (info as { message: Buffer }).message);
  }

  /**
   * A signed POST. 2xx is delivered; a redirect or a 4xx other than 408/429 will not change on retry;
   * everything else (5xx, timeouts, refused connections) is retried with back-off.
   */
  private async post(message: OutboxMessageEntity): Promise<void> {
    const secret = message.subscriptionId ? await this.webhooks.secretOf(message.subscriptionId) : null;
    if (!secret) throw new PermanentFailure('The webhook subscription no longer exists');
    // Names are checked as they resolve (the agent's lookup); a literal address here.
    const literal = this.targets.literalAddressProblem(message.toAddress);
    if (literal) throw new PermanentFailure(literal);
    const res = await fetch(message.toAddress, {
      dispatcher: this.webhookAgent,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'governance-engine-webhooks',
        'x-governance-event': message.subject,
        // The same on every attempt: receivers drop repeats by it.
        'x-governance-delivery': message.idempotencyKey,
        [SIGNATURE_HEADER]: signWebhook(secret, message.bodyText),
      },
      body: message.bodyText,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    }).catch((err: Error) => {
      throw err.cause instanceof WebhookTargetRefused ? new PermanentFailure(err.cause.message) : err;
    });
    await res.body?.cancel();
    if (res.ok) return;
    const message_ = `Webhook answered ${res.status}`;
    if (res.status < 500 && res.status !== 408 && res.status !== 429) throw new PermanentFailure(message_);
    throw new Error(message_);
  }

  private writeToMailDir(message: OutboxMessageEntity, raw: Buffer): void {
    mkdirSync(this.config.mail.dir, { recursive: true });
    writeFileSync(path.join(this.config.mail.dir, `${message.id}.eml`), raw);
  }
}
