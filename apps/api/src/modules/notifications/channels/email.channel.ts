import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../../config/app-config';
import { MailService } from '../../mail/mail.service';
import {
  type NotificationChannel,
  type OutgoingNotification,
  PermanentDeliveryFailure,
} from './notification-channel';
import { notificationMail } from '../../mail/mail-templates';

/** Notifications by email, through the API's SMTP MailService. */
@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;

  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  async deliver(notification: OutgoingNotification): Promise<void> {
    const { recipient } = notification;
    if (!recipient.email) throw new PermanentDeliveryFailure('recipient has no email address');
    const content = notificationMail({
      clinicName: this.config.clinicName,
      recipientName: recipient.name,
      title: notification.title,
      body: notification.body,
      link: notification.link,
    });
    await this.mail.send({ to: recipient.email, ...content });
  }
}
