// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type AllergySeverity = (typeof ALLERGY_SEVERITIES)[number];

/** The longest text of each entry of the medical history: the DTOs' rules and the form's maxLength. */
export const MEDICAL_HISTORY_TEXT_MAX = {
  substance: 200,
  reaction: 500,
  condition: 200,
  medication: 200,
  dose: 100,
  frequency: 100,
  procedure: 200,
  familyHistory: 500,
} as const;

/** Most entries a section of the medical history holds. */
export const MEDICAL_HISTORY_MAX_ENTRIES = 100;
