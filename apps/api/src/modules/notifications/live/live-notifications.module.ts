import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { AppConfig } from '../../../config/app-config';
import { JWT_ALGORITHM } from '../../auth/token.service';
import { LiveNotifier } from './live-notifier';
import { NotificationsGateway } from './notifications.gateway';
import { SocketAuthenticator } from './socket-authenticator';

/**
 * The live side of notifications (Socket.io namespace `/notifications`). AuthModule is global and
 * provides SessionService; it does not export JwtService, so the module registers its own with the
 * same secret. The Socket.io server itself is configured by `RedisIoAdapter` in bootstrap.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: JWT_ALGORITHM },
      }),
    }),
  ],
  providers: [NotificationsGateway, SocketAuthenticator, LiveNotifier],
  exports: [NotificationsGateway, SocketAuthenticator, LiveNotifier],
})
export class LiveNotificationsModule {}
