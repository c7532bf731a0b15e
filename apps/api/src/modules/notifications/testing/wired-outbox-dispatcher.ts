import { createLogger } from '../../../common/logging/logger';
import { AppConfig } from '../../../config/app-config';
import type { UnitOfWork } from '../../../database/unit-of-work';
import type { DeliveriesRepository } from '../delivery/deliveries.repository';
import { EventNotifications } from '../dispatch/event-notifications';
import { OutboxDispatcher } from '../dispatch/outbox-dispatcher';
import type { OutboxEventsRepository } from '../dispatch/outbox-events.repository';
import type { NotificationsRepository } from '../inbox/notifications.repository';
import type { LiveNotifier } from '../live/live-notifier';
import type { LiveMessage, NotificationListener } from '../notification-listener';
import type { NotificationPreferencesRepository } from '../preferences/notification-preferences.repository';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';

/** The ports the dispatcher reaches, in memory or on PostgreSQL. */
export interface DispatcherPorts {
  unitOfWork: UnitOfWork;
  outbox: OutboxEventsRepository;
  notifications: NotificationsRepository;
  deliveries: DeliveriesRepository;
  preferences: NotificationPreferencesRepository;
}

/** An OutboxDispatcher wired as the module wires it, with the given listeners; live messages are kept in `sent`. */
export function wiredOutboxDispatcher(ports: DispatcherPorts, listeners: NotificationListener[]) {
  const logger = createLogger('silent');
  const eventNotifications = new EventNotifications(
    listeners,
    ports.notifications,
    ports.deliveries,
    new NotificationPreferencesService(ports.preferences, AppConfig.fromEnvironment({ NODE_ENV: 'test' })),
    logger,
  );
  const sent: LiveMessage[] = [];
  const live = { send: (message: LiveMessage) => sent.push(message) } as unknown as LiveNotifier;
  const dispatcher = new OutboxDispatcher(ports.unitOfWork, ports.outbox, eventNotifications, live, logger);
  return { dispatcher, sent };
}
