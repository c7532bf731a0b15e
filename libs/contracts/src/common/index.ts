export * from './pagination';
export * from './problem';
