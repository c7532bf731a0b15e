import { Module } from '@nestjs/common';

import { LiveNotificationsModule } from '../live/live-notifications.module';
import { EmailChannel } from './email.channel';
import { InAppChannel } from './in-app.channel';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel';
import { PushSubscriptionsRepository } from './push-subscriptions.repository';
import { PushChannel } from './push.channel';
import { SmsChannel } from './sms.channel';
import { TypeOrmPushSubscriptionsRepository } from './typeorm-push-subscriptions.repository';

/** Every delivery channel, in one list under NOTIFICATION_CHANNELS (MailService comes from the global MailModule). */
@Module({
  imports: [LiveNotificationsModule],
  providers: [
    InAppChannel,
    EmailChannel,
    SmsChannel,
    PushChannel,
    { provide: PushSubscriptionsRepository, useClass: TypeOrmPushSubscriptionsRepository },
    {
      provide: NOTIFICATION_CHANNELS,
      useFactory: (...channels: NotificationChannel[]): NotificationChannel[] => channels,
      // One entry per channel; add a new channel's class here and to `providers`.
      inject: [InAppChannel, EmailChannel, SmsChannel, PushChannel],
    },
  ],
  exports: [NOTIFICATION_CHANNELS, PushSubscriptionsRepository],
})
export class NotificationChannelsModule {}
