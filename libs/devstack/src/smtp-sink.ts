import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.js';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  idempotencyKey: string;
  language: string | undefined;
  /** A calendar invitation sent with the mail (text/calendar), as iCalendar text. */
  calendar?: string;
  /** When the sink accepted it (epoch ms). */
  receivedAt?: number;
}

export interface SmtpSinkOptions {
  /**
   * 'full' parses every message (tests read subjects, bodies, links); 'headers' only records the
   * recipient and the idempotency key, so that benchmarks measure the sender rather than the parser.
   */
  parse?: 'full' | 'headers';
}

/**
 * A real SMTP server on loopback (the `smtp-server` package) that records what it receives. It can
 * be stopped and started again on the same port, and told to refuse a share of messages. Tests and
 * benchmarks use it; the running system never does.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** 0..1: share of messages answered with a failure — a temporary 451, or (see `failureCodes`) others. */
  failureRate = 0;
  /** The codes a refused message is answered with, picked in turn (default 451 only; 554 is a 5xx at DATA). */
  failureCodes: number[] = [451];
  /** Addresses refused for good at RCPT TO with 550 (no such mailbox). */
  readonly rejectRecipients = new Set<string>();
  /** Messages refused so far (temporary and permanent). */
  refused = 0;
  /** Called once a message is accepted, before the sender hears so (to crash the sender in between). */
  onAccepted?: (mail: ReceivedMail) => void;
  /** When the last message arrived (epoch ms). */
  lastReceivedAt = 0;
  private server?: SMTPServer;

  private constructor(
    readonly port: number,
    private readonly parse: 'full' | 'headers',
  ) {}

  static async start(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(await freePort(), options.parse ?? 'full');
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
      onRcptTo: (address, _session, callback) => {
        if (!this.rejectRecipients.has(address.address.toLowerCase())) return callback();
        this.refused++;
        callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      },
      onData: (stream, session, callback) => {
        const read = this.parse === 'full' ? simpleParser(stream).then(toReceived) : headersOnly(stream, session.envelope.rcptTo[0]?.address ?? '');
        read
          .then((mail) => {
            if (Math.random() < this.failureRate) {
              const code = this.failureCodes[this.refused++ % this.failureCodes.length];
              return callback(Object.assign(new Error(code >= 500 ? 'Transaction failed' : 'Try again later'), { responseCode: code }));
            }
            this.lastReceivedAt = Date.now();
            this.received.push({ ...mail, receivedAt: this.lastReceivedAt });
            this.onAccepted?.(mail);
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

async function headersOnly(stream: AsyncIterable<Buffer>, to: string): Promise<ReceivedMail> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const raw = Buffer.concat(chunks).toString('utf8');
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/) >>> 0);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(head)?.[1].trim() ?? '';
  return { to, subject: '', text: '', html: '', messageId: header('Message-ID'), idempotencyKey: header('X-Idempotency-Key'), language: undefined };
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
    calendar: mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8'),
  };
}
