import { SettingsRepository } from '../settings.repository';

export class InMemorySettingsRepository extends SettingsRepository {
  readonly values = new Map<string, { value: unknown; updatedBy: string }>();
  reads = 0;

  async find<T>(key: string): Promise<T | null> {
    this.reads += 1;
    return (this.values.get(key)?.value as T | undefined) ?? null;
  }

  async save<T>(key: string, value: T, updatedBy: string): Promise<void> {
    this.values.set(key, { value, updatedBy });
  }
}
