import { Injectable } from '@nestjs/common';
import { generateRequestDetails, type RequestDetails, type RequestOptions } from 'web-push';

import { NotPublicDestination, sendToPublicHttps, type OutgoingPost } from '../../../common/net/public-https';
import { AppConfig, type PushSettings } from '../../../config/app-config';
import {
  type NotificationChannel,
  type OutgoingNotification,
  PermanentDeliveryFailure,
} from './notification-channel';
import { PushSubscriptionsRepository, type StoredPushSubscription } from './push-subscriptions.repository';

/** A notification not delivered within a day is stale: the push service may drop it. */
const PUSH_TTL_SECONDS = 24 * 60 * 60;
const PUSH_TIMEOUT_MS = 10_000;
/** The push service says the subscription no longer exists (RFC 8030 §7.3). */
const GONE_STATUSES = new Set([404, 410]);

type VapidDetails = NonNullable<RequestOptions['vapidDetails']>;

/** `refused`: the endpoint is not (or no longer resolves to) a public address, so nothing was sent. */
type SendOutcome = 'delivered' | 'gone' | 'refused';

function vapidDetails(push: PushSettings): VapidDetails {
  return { subject: push.vapidSubject, publicKey: push.vapidPublicKey, privateKey: push.vapidPrivateKey };
}

function payloadOf(notification: OutgoingNotification): string {
  const { title, body, link, notificationId } = notification;
  return JSON.stringify({ title, body, link, notificationId });
}

// The request sets Content-Length itself; web-push's numeric header values become strings.
function requestHeaders(details: RequestDetails): Record<string, string> {
  const entries = Object.entries(details.headers).filter(([name]) => name.toLowerCase() !== 'content-length');
  return Object.fromEntries(entries.map(([name, value]) => [name, String(value)]));
}

function errorMessage(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * Notifications as Web Push messages (VAPID, aes128gcm) to every browser the user subscribed.
 * web-push encrypts and signs (`generateRequestDetails`); the request itself goes only to a public
 * https address, resolved and checked as it connects (the endpoint came from a user: SSRF).
 */
@Injectable()
export class PushChannel implements NotificationChannel {
  readonly name = 'push' as const;

  constructor(
    private readonly config: AppConfig,
    private readonly subscriptions: PushSubscriptionsRepository,
  ) {}

  async deliver(notification: OutgoingNotification): Promise<void> {
    const push = this.config.push;
    if (!push) throw new PermanentDeliveryFailure('push is not configured');
    const subscriptions = await this.subscriptions.list(notification.userId);
    if (subscriptions.length === 0) throw new PermanentDeliveryFailure('user has no push subscription');
    const payload = payloadOf(notification);
    const results = await Promise.allSettled(
      subscriptions.map((subscription) => this.sendTo(subscription, payload, push)),
    );
    assertDelivered(results);
  }

  /** Sends one request to a push service endpoint (a seam for tests, whose stand-in service is on loopback). */
  protected request(endpoint: string, outgoing: OutgoingPost): Promise<{ status: number }> {
    return sendToPublicHttps(endpoint, outgoing);
  }

  private async sendTo(
    subscription: StoredPushSubscription,
    payload: string,
    push: PushSettings,
  ): Promise<SendOutcome> {
    const details = generateRequestDetails(subscription, payload, {
      TTL: PUSH_TTL_SECONDS,
      vapidDetails: vapidDetails(push),
    });
    const response = await this.request(details.endpoint, {
      method: details.method,
      headers: requestHeaders(details),
      body: details.body,
      timeoutMs: PUSH_TIMEOUT_MS,
    }).catch((error: unknown) => {
      if (error instanceof NotPublicDestination) return 'refused' as const;
      throw error;
    });
    if (response === 'refused') return response;
    if (response.status >= 200 && response.status < 300) return 'delivered';
    if (!GONE_STATUSES.has(response.status)) throw new Error(`push service answered ${response.status}`);
    await this.subscriptions.remove(subscription.endpoint);
    return 'gone';
  }
}

/** Delivered if one browser got it; only gone or refused subscriptions is permanent; otherwise retry. */
function assertDelivered(results: Array<PromiseSettledResult<SendOutcome>>): void {
  const outcomes = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  if (outcomes.includes('delivered')) return;
  const failures = results.flatMap((result) =>
    result.status === 'rejected' ? [errorMessage(result.reason)] : [],
  );
  if (failures.length === 0 && outcomes.includes('refused'))
    throw new PermanentDeliveryFailure('a push endpoint of the user is not a public address');
  if (failures.length === 0)
    throw new PermanentDeliveryFailure('every push subscription of the user is gone');
  throw new Error(`push failed for every subscription: ${failures.join('; ')}`);
}
