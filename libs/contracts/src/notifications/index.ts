export * from './notification-error-codes';
export * from './notifications.dto';
export * from './notifications.responses';
