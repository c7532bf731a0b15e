import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { DoctorsModule } from '../doctors/doctors.module';
import { NotificationChannelsModule } from './channels/notification-channels.module';
import { DeliveriesRepository } from './delivery/deliveries.repository';
import { DeliveryLedgerService } from './delivery/delivery-ledger.service';
import { DeliveryWorker } from './delivery/delivery-worker';
import { TypeOrmDeliveriesRepository } from './delivery/typeorm-deliveries.repository';
import { EventNotifications } from './dispatch/event-notifications';
import { OutboxDispatcher } from './dispatch/outbox-dispatcher';
import { OutboxEventsRepository } from './dispatch/outbox-events.repository';
import { ParkedEventsService } from './dispatch/parked-events.service';
import { TypeOrmOutboxEventsRepository } from './dispatch/typeorm-outbox-events.repository';
import { NotificationsRepository } from './inbox/notifications.repository';
import { TypeOrmNotificationsRepository } from './inbox/typeorm-notifications.repository';
import { AppointmentNotificationsListener } from './listeners/appointment-notifications.listener';
import { StaffBoardListener } from './listeners/staff-board.listener';
import { LiveNotificationsModule } from './live/live-notifications.module';
import { NOTIFICATION_LISTENERS, type NotificationListener } from './notification-listener';
import {
  NotificationDeliveriesController,
  NotificationsController,
  ParkedEventsController,
} from './notifications.controller';
import { NotificationsScheduler } from './notifications.scheduler';
import { NotificationsService } from './notifications.service';
import { NotificationPreferencesRepository } from './preferences/notification-preferences.repository';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';
import { TypeOrmNotificationPreferencesRepository } from './preferences/typeorm-notification-preferences.repository';

/**
 * Domain events → notifications → deliveries on each user's channels; live over Socket.io. Who the
 * recipients are comes from the accounts and doctors modules; neither knows of this one.
 */
@Module({
  imports: [AccountsModule, DoctorsModule, NotificationChannelsModule, LiveNotificationsModule],
  controllers: [NotificationsController, NotificationDeliveriesController, ParkedEventsController],
  providers: [
    { provide: OutboxEventsRepository, useClass: TypeOrmOutboxEventsRepository },
    { provide: NotificationsRepository, useClass: TypeOrmNotificationsRepository },
    { provide: DeliveriesRepository, useClass: TypeOrmDeliveriesRepository },
    { provide: NotificationPreferencesRepository, useClass: TypeOrmNotificationPreferencesRepository },
    AppointmentNotificationsListener,
    StaffBoardListener,
    {
      // Observer: each module that emits events adds its listener here.
      provide: NOTIFICATION_LISTENERS,
      inject: [AppointmentNotificationsListener, StaffBoardListener],
      useFactory: (...listeners: NotificationListener[]) => listeners,
    },
    NotificationPreferencesService,
    EventNotifications,
    OutboxDispatcher,
    DeliveryWorker,
    NotificationsScheduler,
    NotificationsService,
    DeliveryLedgerService,
    ParkedEventsService,
  ],
  exports: [NotificationsScheduler, OutboxDispatcher, DeliveryWorker],
})
export class NotificationsModule {}
