import { Module } from '@nestjs/common';

import { AppointmentNotificationsListener } from './appointment-notifications.listener';
import { NotificationChannelsModule } from './channels/notification-channels.module';
import { DeliveryWorker } from './delivery-worker';
import { LiveNotificationsModule } from './live/live-notifications.module';
import { NOTIFICATION_LISTENERS, type NotificationListener } from './notification-listener';
import { Clock } from './clock';
import { NotificationPreferencesService } from './notification-preferences';
import { ReminderSweep } from './reminder-sweep';
import { StaffBoardListener } from './staff-board.listener';
import { NotificationDeliveriesController, NotificationsController } from './notifications.controller';
import { NotificationsScheduler } from './notifications.scheduler';
import { NotificationsService } from './notifications.service';
import { OutboxDispatcher } from './outbox-dispatcher';

/** Domain events → notifications → deliveries on each user's channels; live over Socket.io. */
@Module({
  imports: [NotificationChannelsModule, LiveNotificationsModule],
  controllers: [NotificationsController, NotificationDeliveriesController],
  providers: [
    AppointmentNotificationsListener,
    StaffBoardListener,
    {
      // Observer: each module that emits events adds its listener here.
      provide: NOTIFICATION_LISTENERS,
      inject: [AppointmentNotificationsListener, StaffBoardListener],
      useFactory: (...listeners: NotificationListener[]) => listeners,
    },
    Clock,
    ReminderSweep,
    NotificationPreferencesService,
    OutboxDispatcher,
    DeliveryWorker,
    NotificationsScheduler,
    NotificationsService,
  ],
  exports: [NotificationsScheduler, OutboxDispatcher, DeliveryWorker],
})
export class NotificationsModule {}
