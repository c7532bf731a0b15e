import { DiscoveryService } from '@nestjs/core';

/** A piece of demo data, created through the same services the API uses. */
export interface DemoSeed {
  run(): Promise<void>;
}

export interface DemoSeedOptions {
  /** Stable name: a seed that has run is recorded under it and never runs again. */
  name: string;
  /** Lower runs first (accounts before the appointments that need them). */
  order: number;
  /** Sign-in emails this seed creates, printed at start. */
  logins?: string[];
}

/** Marks a provider as a demo seed; the `DemoSeeder` finds it at start in demo mode. */
export const DemoSeedProvider = DiscoveryService.createDecorator<DemoSeedOptions>();

export const DEMO_PASSWORD = 'Demo-password-2026';
