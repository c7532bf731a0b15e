import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { DemoSeeder } from './demo-seeder';

@Module({ imports: [DiscoveryModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class SeedingModule {}
