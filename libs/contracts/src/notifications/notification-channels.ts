/** The ways a notification can reach a person, and its categories: defined by the domain, shared with the portal. */
export {
  ALWAYS_ON_SECURITY_CHANNELS,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CHANNEL_NAMES,
  type NotificationCategoryName,
  type NotificationChannelName,
} from '@healthsync/domain/notifications/channels';
