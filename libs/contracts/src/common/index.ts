export * from './pagination';
export * from './problem';
export * from './request-limits';
