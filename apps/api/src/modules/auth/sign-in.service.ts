import { Injectable } from '@nestjs/common';

import type { LoginDto, LoginResult } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { AccountsRepository } from '../accounts/accounts.repository';
import { SettingsService } from '../settings/settings.service';
import { PasswordService } from './password.service';
import { SignInProtection } from './sign-in-protection';
import { SignInSteps } from './sign-in-steps';

/** The password step of signing in: tokens, or a challenge when a second factor is on or required. */
@Injectable()
export class SignInService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly protection: SignInProtection,
    private readonly passwords: PasswordService,
    private readonly settings: SettingsService,
    private readonly steps: SignInSteps,
  ) {}

  /** An unknown email or a refused account still spends a password check, so timing tells nothing. */
  async login(dto: LoginDto, origin: RequestOrigin): Promise<LoginResult> {
    const user = await this.accounts.findByEmail(dto.email);
    const deviceId = user ? await this.protection.recognise(user, dto.deviceToken) : null;
    const refusal = user ? this.protection.refusal(user, deviceId) : 'unknown_email';
    if (refusal || !user) {
      await this.passwords.verifyDecoy(dto.password);
      return this.steps.refuse(user, refusal ?? 'unknown_email', deviceId, origin);
    }
    if (!(await this.passwords.verify(user.passwordHash, dto.password)))
      return this.steps.refuse(user, 'wrong_password', deviceId, origin);
    if (user.totpEnabledAt) return this.steps.challenge(user, 'totp', deviceId);
    if (await this.settings.secondFactorRequired(user.role))
      return this.steps.challenge(user, 'totp_enrolment', deviceId);
    return this.steps.complete(user, origin, 'password', deviceId);
  }
}
