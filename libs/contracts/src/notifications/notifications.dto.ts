import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

import { PageQuery } from '../common/pagination';

import { NOTIFICATION_CHANNEL_NAMES, type NotificationChannelName } from './notification-channels';

export { NOTIFICATION_CHANNEL_NAMES, type NotificationChannelName };
export const DELIVERY_STATUSES = ['pending', 'sending', 'delivered', 'failed'] as const;
export type DeliveryStatusName = (typeof DELIVERY_STATUSES)[number];

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class NotificationListQuery extends PageQuery {
  /** Only unread notifications. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

class ChannelsByCategory {
  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNEL_NAMES, { each: true })
  appointments!: NotificationChannelName[];

  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNEL_NAMES, { each: true })
  reminders!: NotificationChannelName[];

  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNEL_NAMES, { each: true })
  billing!: NotificationChannelName[];

  /** In-app and email are always on for security notices. */
  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNEL_NAMES, { each: true })
  security!: NotificationChannelName[];
}

class QuietHours {
  @Matches(WALL_TIME, { message: 'start must be a time as HH:mm' })
  start!: string;

  @Matches(WALL_TIME, { message: 'end must be a time as HH:mm' })
  end!: string;

  @IsTimeZone()
  timeZone!: string;
}

export class NotificationPreferencesDto {
  @ValidateNested()
  @Type(() => ChannelsByCategory)
  channels!: ChannelsByCategory;

  /** Consent to email; recorded with its time. */
  @IsBoolean()
  emailConsent!: boolean;

  /** Consent to SMS; recorded with its time. */
  @IsBoolean()
  smsConsent!: boolean;

  @IsOptional()
  @Matches(/^\+[1-9]\d{6,14}$/, { message: 'phone must be in international format, e.g. +4915112345678' })
  phone?: string | null;

  /** Non-urgent email, SMS and push wait until the end of these hours. */
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHours)
  quietHours?: QuietHours | null;
}

class PushKeys {
  @IsString()
  @Length(1, 200)
  p256dh!: string;

  @IsString()
  @Length(1, 200)
  auth!: string;
}

/** A browser's PushSubscription, as `subscription.toJSON()` gives it. */
export class PushSubscriptionDto {
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false })
  @Length(1, 2048)
  endpoint!: string;

  @ValidateNested()
  @Type(() => PushKeys)
  keys!: PushKeys;
}

export class RemovePushSubscriptionDto {
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false })
  @Length(1, 2048)
  endpoint!: string;
}

export class DeliveryListQuery extends PageQuery {
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatusName;

  @IsOptional()
  @IsIn(NOTIFICATION_CHANNEL_NAMES)
  channel?: NotificationChannelName;
}
