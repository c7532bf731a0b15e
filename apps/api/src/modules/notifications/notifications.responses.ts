import { ApiProperty } from '@nestjs/swagger';

import { DELIVERY_STATUSES, NOTIFICATION_CHANNEL_NAMES } from '@healthsync/contracts/notifications';
import { PageDto } from '../../common/openapi/page.dto';

export class NotificationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['appointments', 'reminders', 'billing', 'security'] })
  category!: string;

  @ApiProperty({ example: 'appointment.booked' })
  type!: string;

  @ApiProperty({ example: 'Appointment booked' })
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ nullable: true, type: String, example: '/portal/appointments/…' })
  link!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt!: string | null;
}

export class NotificationPageView extends PageDto(NotificationView) {}

export class UnreadCountView {
  @ApiProperty({ example: 3 })
  unread!: number;
}

class ChannelsView {
  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  appointments!: string[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  reminders!: string[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  billing!: string[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  security!: string[];
}

class QuietHoursView {
  @ApiProperty({ example: '22:00' })
  start!: string;

  @ApiProperty({ example: '07:00' })
  end!: string;

  @ApiProperty({ example: 'Europe/Berlin' })
  timeZone!: string;
}

export class PreferencesView {
  @ApiProperty({ type: ChannelsView })
  channels!: ChannelsView;

  @ApiProperty()
  emailConsent!: boolean;

  @ApiProperty()
  smsConsent!: boolean;

  @ApiProperty({ nullable: true, type: String })
  phone!: string | null;

  @ApiProperty({ type: QuietHoursView, nullable: true })
  quietHours!: QuietHoursView | null;
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  notificationId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  type!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES })
  channel!: string;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: string;

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  nextAttemptAt!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  deliveredAt!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class DeliveryPageView extends PageDto(DeliveryView) {}

export class LiveTicketView {
  @ApiProperty({
    description: 'A JWT for the Socket.io handshake (`auth.token`) of the `/notifications` namespace.',
  })
  ticket!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
