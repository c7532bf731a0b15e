export * from './channels';
export * from './event-dispatch';
export * from './preferences';
