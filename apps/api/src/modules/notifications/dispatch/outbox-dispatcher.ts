import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

import { afterDispatchFailure } from '@healthsync/domain/notifications';

import { LOGGER } from '../../../common/logging/logger.token';
import { UnitOfWork } from '../../../database/unit-of-work';
import { LiveNotifier } from '../live/live-notifier';
import { EventNotifications } from './event-notifications';
import { OutboxEventsRepository, type ClaimedEvent } from './outbox-events.repository';

const MAX_ERROR_LENGTH = 500;

/**
 * Turns committed outbox events into notifications and their pending deliveries, one event at a
 * time. Listeners work on an event outside any transaction (they ask other modules); its
 * notifications are then stored in a transaction that locks the event (FOR UPDATE SKIP LOCKED) and
 * marks it dispatched, so any number of API instances can run side by side and each event is
 * stored once; a crash before commit leaves the event for the next run. An event whose handling
 * throws is retried after a growing wait and parked after the last attempt, without holding up
 * the events behind it.
 */
@Injectable()
export class OutboxDispatcher {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxEventsRepository,
    private readonly eventNotifications: EventNotifications,
    private readonly live: LiveNotifier,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Handles up to `limit` due events, failed ones included; returns how many. */
  async dispatch(limit = 100): Promise<number> {
    let handled = 0;
    while (handled < limit && (await this.dispatchNext())) handled += 1;
    return handled;
  }

  /** False when no event is due. */
  private async dispatchNext(): Promise<boolean> {
    const due = await this.outbox.nextDue();
    if (!due) return false;
    try {
      const { notifications, live } = await this.eventNotifications.draft(due.event);
      const stored = await this.unitOfWork.run(async (tx) => {
        const outbox = this.outbox.in(tx);
        if (!(await outbox.lock(due.event.id))) return false; // another instance has it
        await this.eventNotifications.store(tx, due.event, notifications);
        await outbox.markDispatched(due.event.id);
        return true;
      });
      // After commit: a live message never announces what a rollback undid.
      if (stored) for (const message of live) this.live.send(message);
    } catch (error) {
      await this.failed(due, error);
    }
    return true;
  }

  private async failed({ event, attempts: before }: ClaimedEvent, error: unknown): Promise<void> {
    const attempts = before + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    const outcome = afterDispatchFailure(attempts, new Date());
    const context = { eventId: event.id, type: event.type, attempts, err: { message: lastError } };
    if (outcome.park) {
      await this.outbox.park(event.id, attempts, lastError);
      this.logger.error(context, 'outbox event parked after its last attempt');
    } else {
      await this.outbox.scheduleRetry(event.id, attempts, lastError, outcome.retryAt);
      this.logger.warn({ ...context, retryAt: outcome.retryAt }, 'outbox event failed; retrying later');
    }
  }
}
