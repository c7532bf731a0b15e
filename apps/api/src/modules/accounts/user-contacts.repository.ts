/** How to reach a user outside the portal: their name, their account's email, their patient profile's phone. */
export interface UserContact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** Contact details of user accounts, for modules that send them messages (notifications). */
export abstract class UserContacts {
  /** By user id; users that do not exist are missing from the map. */
  abstract contactsOf(userIds: readonly string[]): Promise<Map<string, UserContact>>;
}
