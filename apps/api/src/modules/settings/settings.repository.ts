/** Clinic-wide settings, each a JSON value under a key. */
export abstract class SettingsRepository {
  abstract find<T>(key: string): Promise<T | null>;
  abstract save<T>(key: string, value: T, updatedBy: string): Promise<void>;
}
