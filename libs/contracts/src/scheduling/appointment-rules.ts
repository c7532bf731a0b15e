/**
 * How long a visit keeps the patient in the doctor's care: a doctor sees the record and the medical
 * history of a patient they saw (checked in, in progress or completed) within this many months.
 */
export const CARE_RELATIONSHIP_MONTHS = 24;
