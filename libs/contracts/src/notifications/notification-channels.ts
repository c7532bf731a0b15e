/** The ways a notification can reach a person. Free of decorators, so the portal's browser code can import it. */
export const NOTIFICATION_CHANNEL_NAMES = ['in_app', 'email', 'sms', 'push'] as const;
export type NotificationChannelName = (typeof NOTIFICATION_CHANNEL_NAMES)[number];
