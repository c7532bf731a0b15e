import { randomUUID } from 'node:crypto';

import { KnownDevicesRepository } from '../known-devices.repository';

export class InMemoryKnownDevicesRepository extends KnownDevicesRepository {
  readonly devices = new Map<string, { userId: string; failedCount: number }>();

  async add(userId: string): Promise<string> {
    const id = randomUUID();
    this.devices.set(id, { userId, failedCount: 0 });
    return id;
  }

  async isTrusted(deviceId: string, userId: string, maxFailures: number): Promise<boolean> {
    const device = this.devices.get(deviceId);
    return !!device && device.userId === userId && device.failedCount < maxFailures;
  }

  async recordFailure(deviceId: string): Promise<void> {
    const device = this.devices.get(deviceId);
    if (device) device.failedCount += 1;
  }

  async recordSuccess(deviceId: string): Promise<void> {
    const device = this.devices.get(deviceId);
    if (device) device.failedCount = 0;
  }
}
