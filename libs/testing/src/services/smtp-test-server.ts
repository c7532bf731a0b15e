import { once } from 'node:events';

import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** A message as its headers and bodies say; addresses are bare (`someone@example.test`). */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

function addresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const objects = header === undefined ? [] : [header].flat();
  return objects.flatMap((object) => object.value.flatMap((entry) => (entry.address ? [entry.address] : [])));
}

function toReceivedMail(parsed: ParsedMail): ReceivedMail {
  return {
    from: parsed.from?.text ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
  };
}

/** A real SMTP server on loopback (no TLS, no auth required) that keeps every message it receives. */
export class SmtpTestServer {
  private readonly received: ReceivedMail[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly server: SMTPServer;
  private listenPort = 0;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => this.receive(stream, callback),
    });
  }

  static async start(): Promise<SmtpTestServer> {
    const instance = new SmtpTestServer();
    const listener = instance.server.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    instance.listenPort = (listener.address() as { port: number }).port;
    return instance;
  }

  get port(): number {
    return this.listenPort;
  }

  messages(): ReceivedMail[] {
    return [...this.received];
  }

  /** The first message, received already or within `timeoutMs`, that matches. */
  waitForMessage(predicate: (mail: ReceivedMail) => boolean, timeoutMs = 5000): Promise<ReceivedMail> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const match = this.received.find(predicate);
        if (!match) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(match);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        const subjects = this.received.map((mail) => mail.subject).join(' | ') || 'none';
        reject(new Error(`no matching email within ${timeoutMs} ms (received: ${subjects})`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  clear(): void {
    this.received.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private receive(stream: SMTPServerDataStream, callback: (error?: Error | null) => void): void {
    simpleParser(stream).then(
      (parsed) => {
        this.received.push(toReceivedMail(parsed));
        for (const listener of [...this.listeners]) listener();
        callback();
      },
      (error: Error) => callback(error),
    );
  }
}
