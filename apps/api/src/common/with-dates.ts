/**
 * A contract's response shape as the API holds it before sending: the named ISO-timestamp fields are
 * Dates (a nullable one stays nullable). Lets a repository record reuse the contract's fields instead
 * of copying them.
 */
export type WithDates<View, Keys extends keyof View> = Omit<View, Keys> & {
  [Key in Keys]: null extends View[Key] ? Date | null : Date;
};
