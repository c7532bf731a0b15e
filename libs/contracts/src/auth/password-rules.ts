/** The password rules the API enforces; the portal checks the same before it submits. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
