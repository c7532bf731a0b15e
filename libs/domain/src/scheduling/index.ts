export * from './types';
export { generateSlots } from './generate-slots';
export { validateExceptions, validateWeeklyRules, MAX_SLOT_MINUTES, MIN_SLOT_MINUTES } from './validation';
export { localDate, localDayBounds, zoneOffset } from './zone';
