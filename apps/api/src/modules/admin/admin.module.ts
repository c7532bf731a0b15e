import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { SecuritySettingsController } from './security-settings.controller';

@Module({
  imports: [AuthModule],
  controllers: [AdminUsersController, SecuritySettingsController],
  providers: [AdminUsersService],
})
export class AdminModule {}
