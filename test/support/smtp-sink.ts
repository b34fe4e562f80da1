import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '@gov/devstack';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  idempotencyKey: string;
  language: string | undefined;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package) that parses what it receives. It can be
 * stopped and started again on the same port, and told to refuse a share of messages.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** 0..1: share of messages answered with a temporary 451 failure. */
  failureRate = 0;
  private server?: SMTPServer;

  private constructor(readonly port: number) {}

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink(await freePort());
    await sink.listen();
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            if (Math.random() < this.failureRate) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
            this.received.push(toReceived(mail));
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
    this.server = undefined;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to === address);
  }
}

function toReceived(mail: ParsedMail): ReceivedMail {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  const html = typeof mail.html === 'string' ? mail.html : '';
  return {
    to: to?.value[0]?.address ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html,
    messageId: mail.messageId ?? '',
    idempotencyKey: String(mail.headers.get('x-idempotency-key') ?? ''),
    language: /<html lang="([a-z]+)"/.exec(html)?.[1],
  };
}
