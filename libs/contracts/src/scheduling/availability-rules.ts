// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.

/** Most weekly rules a doctor's availability holds (ReplaceAvailabilityDto.rules). */
export const AVAILABILITY_RULES_MAX = 100;
