import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';

import { LOGGER } from '../../../common/logging/logger.token';
import { AppConfig } from '../../../config/app-config';
import { ReminderSweep } from './reminder-sweep';

/**
 * Runs the reminder sweep every NOTIFICATIONS_POLL_MS in every API instance (the reminders table
 * makes that safe), one sweep at a time. The events it writes wake this instance's dispatcher.
 */
@Injectable()
export class ReminderSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly sweep: ReminderSweep,
    private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.notificationsPollMs === 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.notificationsPollMs);
    this.timer.unref();
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** A sweep, unless one is still running. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.sweep.run().then(
      () => undefined,
      (error: unknown) =>
        this.logger.error({ err: { message: (error as Error).message } }, 'reminder sweep failed'),
    );
    await this.running;
    this.running = null;
  }
}
