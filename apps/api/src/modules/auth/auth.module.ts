import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessGuard } from '../../common/auth/access.guard';
import { AppConfig } from '../../config/app-config';
import { AccountsModule } from '../accounts/accounts.module';
import { AccountEmails } from './account-emails';
import { AuthController } from './auth.controller';
import {
  KnownDeviceEntity,
  OneTimeTokenEntity,
  PendingRegistrationEntity,
  RecoveryCodeEntity,
  RefreshTokenEntity,
  SessionEntity,
} from './auth.entities';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { KnownDevicesRepository } from './known-devices.repository';
import { PendingRegistrationsRepository } from './pending-registrations.repository';
import { RegistrationService } from './registration.service';
import { SessionEndSignal } from './session-end-signal';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInProtection } from './sign-in-protection';
import { JWT_ALGORITHM, TokenService } from './token.service';
import { TwoFactorService } from './two-factor.service';

/** Sign-in, sessions and the global access guard that closes every route not marked public. */
@Global()
@Module({
  imports: [
    AccountsModule,
    PassportModule,
    TypeOrmModule.forFeature([
      SessionEntity,
      RefreshTokenEntity,
      OneTimeTokenEntity,
      RecoveryCodeEntity,
      KnownDeviceEntity,
      PendingRegistrationEntity,
    ]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: JWT_ALGORITHM },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    SessionEndSignal,
    SessionsRepository,
    KnownDevicesRepository,
    SignInProtection,
    PendingRegistrationsRepository,
    RegistrationService,
    TokenService,
    TwoFactorService,
    AccountEmails,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService, SessionEndSignal, TokenService, AccountEmails, AccountsModule],
})
export class AuthModule {}
