import { UserNames } from '../user-names.repository';

/** Names of the users added with `add`. */
export class InMemoryUserNames extends UserNames {
  private readonly names = new Map<string, string>();

  add(userId: string, name: string): this {
    this.names.set(userId, name);
    return this;
  }

  async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    return new Map(userIds.flatMap((id) => (this.names.has(id) ? [[id, this.names.get(id) ?? '']] : [])));
  }
}
