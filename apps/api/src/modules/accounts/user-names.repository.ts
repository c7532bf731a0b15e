/** Display names of user accounts (`First Last`), for modules that show who did something. */
export abstract class UserNames {
  /** By user id; users that do not exist are missing from the map. */
  abstract namesOf(userIds: readonly string[]): Promise<Map<string, string>>;
}
