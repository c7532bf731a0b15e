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
import { JwtStrategy } from './jwt.strategy';
import { KnownDevicesRepository } from './known-devices.repository';
import { OneTimeTokensRepository } from './one-time-tokens.repository';
import { PasswordChangeService } from './password-change.service';
import { PasswordConfirmation } from './password-confirmation';
import { PasswordReplacement } from './password-replacement';
import { PasswordResetService } from './password-reset.service';
import { PendingRegistrationsRepository } from './pending-registrations.repository';
import { RecoveryCodesRepository } from './recovery-codes.repository';
import { RegistrationService } from './registration.service';
import { SecondFactorSignInService } from './second-factor-sign-in.service';
import { SecondFactorChangeService } from './second-factor-change.service';
import { SessionEndSignal } from './session-end-signal';
import { SessionRefreshService } from './session-refresh.service';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInProtection } from './sign-in-protection';
import { SignInSteps } from './sign-in-steps';
import { SignInService } from './sign-in.service';
import { SignOutService } from './sign-out.service';
import { JWT_ALGORITHM, TokenService } from './token.service';
import { TwoFactorService } from './two-factor.service';
import { TypeOrmKnownDevicesRepository } from './typeorm-known-devices.repository';
import { TypeOrmOneTimeTokensRepository } from './typeorm-one-time-tokens.repository';
import { TypeOrmPendingRegistrationsRepository } from './typeorm-pending-registrations.repository';
import { TypeOrmRecoveryCodesRepository } from './typeorm-recovery-codes.repository';
import { TypeOrmSessionsRepository } from './typeorm-sessions.repository';

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
    { provide: SessionsRepository, useClass: TypeOrmSessionsRepository },
    { provide: OneTimeTokensRepository, useClass: TypeOrmOneTimeTokensRepository },
    { provide: RecoveryCodesRepository, useClass: TypeOrmRecoveryCodesRepository },
    { provide: KnownDevicesRepository, useClass: TypeOrmKnownDevicesRepository },
    { provide: PendingRegistrationsRepository, useClass: TypeOrmPendingRegistrationsRepository },
    SignInService,
    SecondFactorSignInService,
    SignInSteps,
    SignInProtection,
    SecondFactorChangeService,
    TwoFactorService,
    PasswordChangeService,
    PasswordResetService,
    PasswordConfirmation,
    PasswordReplacement,
    SessionService,
    SessionRefreshService,
    SignOutService,
    SessionEndSignal,
    RegistrationService,
    TokenService,
    AccountEmails,
    JwtStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService, SessionEndSignal, TokenService, AccountEmails, AccountsModule],
})
export class AuthModule {}
