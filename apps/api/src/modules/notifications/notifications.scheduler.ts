import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';

import { LOGGER } from '../../common/logging/logger.token';
import { AppConfig } from '../../config/app-config';
import { OutboxSignal } from '../outbox/outbox-signal';
import { DeliveryWorker } from './delivery/delivery-worker';
import { OutboxDispatcher } from './dispatch/outbox-dispatcher';

/**
 * Runs the dispatcher and the delivery worker every NOTIFICATIONS_POLL_MS in every API instance
 * (their claims make that safe); one round at a time per instance.
 */
@Injectable()
export class NotificationsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly dispatcher: OutboxDispatcher,
    private readonly worker: DeliveryWorker,
    private readonly config: AppConfig,
    private readonly signal: OutboxSignal,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notificationsPollMs === 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.notificationsPollMs);
    this.timer.unref();
    this.stopListening = this.signal.onCommitted(() => void this.tick());
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.stopListening?.();
    await this.running;
  }

  /** One round: due events become notifications, due deliveries go out. */
  async tick(): Promise<void> {
    if (this.running) {
      // Asked while a round runs: run once more afterwards, so nothing committed meanwhile waits for the poll.
      this.again = true;
      return;
    }
    this.running = this.round();
    await this.running;
    this.running = null;
    if (this.again) {
      this.again = false;
      await this.tick();
    }
  }

  private async round(): Promise<void> {
    try {
      while ((await this.dispatcher.dispatch()) > 0);
      while ((await this.worker.deliverDue()) > 0);
    } catch (error) {
      this.logger.error({ err: { message: (error as Error).message } }, 'notification round failed');
    }
  }
}
