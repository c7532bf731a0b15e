export * from './notifications.dto';
