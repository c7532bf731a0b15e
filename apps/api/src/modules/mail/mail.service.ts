import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

import { LOGGER } from '../../common/logging/logger.token';
import { AppConfig, type SmtpSettings } from '../../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** A mail server that has not connected or greeted by then is down: callers should not wait minutes. */
const SMTP_TIMEOUT_MS = 10_000;

function smtpTransport(smtp: SmtpSettings): Transporter {
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
  });
}

/**
 * Sends email over the configured SMTP server. Without one, outside production, each email is
 * logged instead (password-reset links included, so the embedded default stays usable); in
 * production that is a misconfiguration and `send` fails. Send failures reach the caller.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.smtp ? smtpTransport(config.smtp) : null;
  }

  async send(message: OutgoingMail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mailFrom, ...message });
      return;
    }
    if (this.config.isProduction) throw new Error('SMTP_HOST is not configured');
    this.logger.info(
      { to: message.to, subject: message.subject },
      `email not sent (SMTP_HOST unset):\n${message.text}`,
    );
  }

  close(): void {
    this.transport?.close();
  }

  onModuleDestroy(): void {
    this.close();
  }
}
