/** A browser's Web Push subscription as the Push API gives it (`PushSubscription.toJSON()`). */
export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface StoredPushSubscription extends PushSubscriptionInput {
  id: string;
  userId: string;
}

/** Users' Web Push subscriptions. Endpoints are https and keep the user who registered them. */
export abstract class PushSubscriptionsRepository {
  abstract list(userId: string): Promise<StoredPushSubscription[]>;

  /**
   * Saves a subscription, or renews the keys of the user's own one. An endpoint another user
   * registered stays theirs (`taken`): the owner never changes.
   */
  abstract add(userId: string, subscription: PushSubscriptionInput): Promise<'saved' | 'taken'>;

  /** Forgets an endpoint the push service reported gone. */
  abstract remove(endpoint: string): Promise<void>;

  /** A user unsubscribing one of their own browsers; false if they had no such subscription. */
  abstract removeForUser(userId: string, endpoint: string): Promise<boolean>;
}
