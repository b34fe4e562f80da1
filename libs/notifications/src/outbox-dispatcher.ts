import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@gov/config';
import { OutboxRepository, type OutboxMessageEntity } from '@gov/persistence';

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
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly transport: Transporter;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    const { smtpUrl } = config.mail;
    this.transport = smtpUrl
      ? nodemailer.createTransport(smtpUrl, { from: config.mail.from })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from: config.mail.from });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
    if (!this.config.mail.smtpUrl) this.logger.log(`No SMTP_URL: mail is written to ${path.resolve(this.config.mail.dir)}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.transport.close();
  }

  /** Sends every due message once; returns how many were attempted. */
  async dispatchOnce(): Promise<number> {
    const batch = await this.outbox.claim(20, this.config.mail.leaseMs);
    await Promise.all(batch.map((m) => this.deliver(m)));
    return batch.length;
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
      const info = await this.transport.sendMail({
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml,
        messageId: messageIdFor(message.idempotencyKey),
        headers: { 'X-Idempotency-Key': message.idempotencyKey },
      });
      if (!this.config.mail.smtpUrl) this.writeToMailDir(message, (info as { message: Buffer }).message);
      await this.outbox.markSent(message.id);
    } catch (err) {
      const reason = (err as Error).message;
      if (isPermanent(err) || message.attempts >= this.config.mail.maxAttempts) {
        this.logger.warn(`Notification ${message.id} given up after ${message.attempts} attempt(s): ${reason}`);
        await this.outbox.markDead(message.id, reason);
      } else {
        const delayMs = Math.min(1_000 * 2 ** (message.attempts - 1), 300_000);
        await this.outbox.markRetry(message.id, reason, delayMs);
      }
    }
  }

  private writeToMailDir(message: OutboxMessageEntity, raw: Buffer): void {
    mkdirSync(this.config.mail.dir, { recursive: true });
    writeFileSync(path.join(this.config.mail.dir, `${message.id}.eml`), raw);
  }
}
