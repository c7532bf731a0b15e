export * from './appointment-status';
export * from './appointment-type';
export * from './appointment-timing';
export * from './appointment-state';
export * from './illegal-transition';
export * from './permissions';
