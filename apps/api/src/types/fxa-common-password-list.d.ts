declare module 'fxa-common-password-list' {
  /** True when the password is among the most common ones (1 million list, case-sensitive). */
  export function test(password: string): boolean;
}
