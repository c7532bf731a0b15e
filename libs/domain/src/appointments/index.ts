export * from './appointment-status';
export * from './appointment-type';
export * from './appointment-state';
export * from './illegal-transition';
export * from './permissions';
