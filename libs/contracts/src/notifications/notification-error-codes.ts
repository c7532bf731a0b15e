/** Error codes of notifications and push subscriptions. */
export enum NotificationErrorCode {
  /** Another user registered this push endpoint; it stays theirs until they remove it. */
  PushEndpointTaken = 'NOTIFICATION.PUSH_ENDPOINT_TAKEN',
  /** The push endpoint is not an https URL of a public host. */
  PushEndpointNotPublic = 'NOTIFICATION.PUSH_ENDPOINT_NOT_PUBLIC',
  /** No parked outbox event has that id (never parked, already retried, or unknown). */
  ParkedEventNotFound = 'NOTIFICATION.PARKED_EVENT_NOT_FOUND',
}
