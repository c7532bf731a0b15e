import { ApiProperty } from '@nestjs/swagger';

import {
  DELIVERY_STATUSES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNEL_NAMES,
  type DeliveryStatusName,
  type DeliveryView as DeliveryContract,
  type LiveTicket,
  type NotificationCategoryName,
  type NotificationChannelName,
  type NotificationChannels,
  type NotificationItem,
  type NotificationPreferencesView,
  type ParkedEventView as ParkedEventContract,
  type QuietHours,
  type UnreadCount,
} from '@healthsync/contracts/notifications';
import { PageDto } from '../../common/openapi/page.dto';

export class NotificationView implements NotificationItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: NOTIFICATION_CATEGORIES })
  category!: NotificationCategoryName;

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

export class UnreadCountView implements UnreadCount {
  @ApiProperty({ example: 3 })
  unread!: number;
}

class ChannelsView implements NotificationChannels {
  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  appointments!: NotificationChannelName[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  reminders!: NotificationChannelName[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  billing!: NotificationChannelName[];

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES, isArray: true })
  security!: NotificationChannelName[];
}

class QuietHoursView implements QuietHours {
  @ApiProperty({ example: '22:00' })
  start!: string;

  @ApiProperty({ example: '07:00' })
  end!: string;

  @ApiProperty({ example: 'Europe/Berlin' })
  timeZone!: string;
}

export class PreferencesView implements NotificationPreferencesView {
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

export class DeliveryView implements DeliveryContract {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  notificationId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  type!: string;

  @ApiProperty({ enum: NOTIFICATION_CHANNEL_NAMES })
  channel!: NotificationChannelName;

  @ApiProperty({ enum: DELIVERY_STATUSES })
  status!: DeliveryStatusName;

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

export class ParkedEventView implements ParkedEventContract {
  @ApiProperty({ description: "The outbox's sequence number.", example: '4711' })
  id!: string;

  @ApiProperty({ example: 'appointment.booked' })
  type!: string;

  @ApiProperty({ example: 'appointment' })
  aggregateType!: string;

  @ApiProperty({ format: 'uuid' })
  aggregateId!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as written.' })
  payload!: Record<string, unknown>;

  @ApiProperty({ description: 'Failed attempts before it was parked.' })
  attempts!: number;

  @ApiProperty({ nullable: true, type: String, description: 'The error of the last attempt.' })
  lastError!: string | null;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ format: 'date-time' })
  parkedAt!: string;
}

export class ParkedEventPageView extends PageDto(ParkedEventView) {}

export class LiveTicketView implements LiveTicket {
  @ApiProperty({
    description: 'A JWT for the Socket.io handshake (`auth.token`) of the `/notifications` namespace.',
  })
  ticket!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}
