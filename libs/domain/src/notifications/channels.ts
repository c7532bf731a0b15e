/** The ways a notification can reach a person. Free of dependencies, so the portal's browser code can import it. */
export const NOTIFICATION_CHANNEL_NAMES = ['in_app', 'email', 'sms', 'push'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNEL_NAMES)[number];

export const NOTIFICATION_CATEGORIES = ['appointments', 'reminders', 'billing', 'security'] as const;
export type NotificationCategoryName = (typeof NOTIFICATION_CATEGORIES)[number];

/** Channels that security notices always use, whatever the preferences say. */
export const ALWAYS_ON_SECURITY_CHANNELS: readonly NotificationChannelName[] = ['in_app', 'email'];
