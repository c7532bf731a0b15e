/** The devices users signed in from, each with its run of failures since its last success. */
export abstract class KnownDevicesRepository {
  /** Remembers a new device of the user; answers its id. */
  abstract add(userId: string): Promise<string>;
  /** True if the device is the user's and has had fewer than `maxFailures` failures since its last success. */
  abstract isTrusted(deviceId: string, userId: string, maxFailures: number): Promise<boolean>;
  /** Counts a failure atomically, so concurrent failures all count. */
  abstract recordFailure(deviceId: string): Promise<void>;
  abstract recordSuccess(deviceId: string): Promise<void>;
}
