import { Injectable } from '@nestjs/common';

import { AppConfig, type SmsSettings } from '../../../config/app-config';
import { GSM7_SEGMENT_SEPTETS, gsm7Length, toGsm7, truncateGsm7 } from './gsm7';
import {
  type NotificationChannel,
  type OutgoingNotification,
  PermanentDeliveryFailure,
} from './notification-channel';

const SMS_TIMEOUT_MS = 10_000;
const ELLIPSIS = '...';
const SEPARATOR = ': ';

/** The title, shortened first so title and link fit one segment; the link itself is never cut. */
export function smsText(title: string, link: string | null): string {
  const cleanTitle = toGsm7(title).replace(/\s+/g, ' ').trim();
  if (!link) return truncateGsm7(cleanTitle, GSM7_SEGMENT_SEPTETS);
  const budget = GSM7_SEGMENT_SEPTETS - gsm7Length(SEPARATOR + link);
  if (gsm7Length(cleanTitle) <= budget) return `${cleanTitle}${SEPARATOR}${link}`;
  if (budget <= ELLIPSIS.length) return link;
  const shortTitle = truncateGsm7(cleanTitle, budget - ELLIPSIS.length).trimEnd();
  return `${shortTitle}${ELLIPSIS}${SEPARATOR}${link}`;
}

function messagesUrl(sms: SmsSettings): string {
  return `${sms.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(sms.accountSid)}/Messages.json`;
}

function basicAuth(sms: SmsSettings): string {
  return `Basic ${Buffer.from(`${sms.accountSid}:${sms.authToken}`).toString('base64')}`;
}

/** Twilio's error code from an error body, if any (its message may quote the phone number: not kept). */
async function providerErrorCode(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const code = typeof body === 'object' && body !== null && 'code' in body ? body.code : undefined;
  return typeof code === 'number' || typeof code === 'string' ? ` (code ${code})` : '';
}

async function failureFor(response: Response): Promise<Error> {
  const message = `SMS API answered ${response.status}${await providerErrorCode(response)}`;
  const retryable = response.status === 429 || response.status >= 500;
  return retryable ? new Error(message) : new PermanentDeliveryFailure(message);
}

/** Notifications by SMS through a Twilio-compatible REST API (Messages resource). */
@Injectable()
export class SmsChannel implements NotificationChannel {
  readonly name = 'sms' as const;

  constructor(private readonly config: AppConfig) {}

  async deliver(notification: OutgoingNotification): Promise<void> {
    const sms = this.config.sms;
    if (!sms) throw new PermanentDeliveryFailure('SMS is not configured');
    const phone = notification.recipient.phone;
    if (!phone) throw new PermanentDeliveryFailure('recipient has no phone number');
    const form = new URLSearchParams({
      To: phone,
      From: sms.from,
      Body: smsText(notification.title, notification.link),
    });
    const response = await this.post(sms, form);
    if (!response.ok) throw await failureFor(response);
  }

  private async post(sms: SmsSettings, form: URLSearchParams): Promise<Response> {
    try {
      return await fetch(messagesUrl(sms), {
        method: 'POST',
        headers: { Authorization: basicAuth(sms), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
        signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
      });
    } catch (error) {
      throw new Error(`SMS API unreachable: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
}
