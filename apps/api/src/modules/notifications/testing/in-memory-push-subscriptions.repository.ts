import { randomUUID } from 'node:crypto';

import {
  PushSubscriptionsRepository,
  type PushSubscriptionInput,
  type StoredPushSubscription,
} from '../channels/push-subscriptions.repository';

export class InMemoryPushSubscriptionsRepository extends PushSubscriptionsRepository {
  readonly subscriptions: StoredPushSubscription[] = [];

  async list(userId: string): Promise<StoredPushSubscription[]> {
    return this.subscriptions.filter((subscription) => subscription.userId === userId);
  }

  async add(userId: string, subscription: PushSubscriptionInput): Promise<'saved' | 'taken'> {
    const existing = this.subscriptions.find((candidate) => candidate.endpoint === subscription.endpoint);
    if (existing && existing.userId !== userId) return 'taken';
    if (existing) existing.keys = subscription.keys;
    else this.subscriptions.push({ id: randomUUID(), userId, ...subscription });
    return 'saved';
  }

  async remove(endpoint: string): Promise<void> {
    await this.removeWhere((subscription) => subscription.endpoint === endpoint);
  }

  async removeForUser(userId: string, endpoint: string): Promise<boolean> {
    return this.removeWhere(
      (subscription) => subscription.userId === userId && subscription.endpoint === endpoint,
    );
  }

  private async removeWhere(matches: (subscription: StoredPushSubscription) => boolean): Promise<boolean> {
    const index = this.subscriptions.findIndex(matches);
    if (index >= 0) this.subscriptions.splice(index, 1);
    return index >= 0;
  }
}
