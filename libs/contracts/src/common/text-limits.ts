// No decorators here: the portal loads this module for its forms' maxLength.

/** The longest email address (the SMTP path limit): of an account and of a patient's contact. */
export const EMAIL_MAX_LENGTH = 254;

/** A first or last name: of an account and of a patient record. */
export const PERSON_NAME_MAX_LENGTH = 100;

/** The free text of a list's search or name filter (accounts, doctors). */
export const SEARCH_TEXT_MAX_LENGTH = 100;
