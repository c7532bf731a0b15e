// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

/** Most entries a section of the medical history holds. */
export const MEDICAL_HISTORY_MAX_ENTRIES = 100;
