import { Injectable } from '@nestjs/common';

import type { LoginResult, LoginSecondFactorDto, RecoveryCodes, TotpSetup } from '@healthsync/contracts/auth';

import type { RequestOrigin } from '../../common/auth/auth-context';
import { AccountsRepository } from '../accounts/accounts.repository';
import { stillActive } from './auth-errors';
import { SignInProtection } from './sign-in-protection';
import { SignInSteps } from './sign-in-steps';
import { TwoFactorService } from './two-factor.service';

/** The second step of signing in, with a challenge from the password step: a code, or a required enrolment. */
@Injectable()
export class SecondFactorSignInService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly protection: SignInProtection,
    private readonly twoFactor: TwoFactorService,
    private readonly steps: SignInSteps,
  ) {}

  async completeWithSecondFactor(dto: LoginSecondFactorDto, origin: RequestOrigin): Promise<LoginResult> {
    const challenge = this.steps.verifyChallenge(dto.challengeToken, 'totp');
    const user = await this.accounts.findById(challenge.userId);
    const deviceId = user ? await this.protection.trusted(user, challenge.deviceId) : null;
    if (!user || this.protection.refusal(user, deviceId))
      return this.steps.refuse(user, 'inactive', null, origin);
    const accepted = dto.code
      ? await this.twoFactor.acceptCode(user, dto.code)
      : await this.twoFactor.acceptRecoveryCode(user.id, dto.recoveryCode ?? '');
    if (!accepted) return this.steps.refuse(user, 'wrong_code', deviceId, origin);
    await this.steps.useChallenge(challenge);
    return this.steps.complete(user, origin, dto.code ? 'totp' : 'recovery_code', deviceId);
  }

  /** Enrolment that a role's policy demands before the first sign-in completes. */
  async setUpRequiredSecondFactor(challengeToken: string): Promise<TotpSetup> {
    const challenge = this.steps.verifyChallenge(challengeToken, 'totp_enrolment');
    return this.twoFactor.setUp(stillActive(await this.accounts.findById(challenge.userId)));
  }

  async activateRequiredSecondFactor(
    challengeToken: string,
    code: string,
    origin: RequestOrigin,
  ): Promise<LoginResult & RecoveryCodes> {
    const challenge = this.steps.verifyChallenge(challengeToken, 'totp_enrolment');
    const user = stillActive(await this.accounts.findById(challenge.userId));
    const recoveryCodes = await this.twoFactor.enable(user, code, origin);
    await this.steps.useChallenge(challenge);
    const deviceId = await this.protection.trusted(user, challenge.deviceId);
    const signedIn = await this.steps.complete(user, origin, 'totp', deviceId);
    return { ...signedIn, recoveryCodes };
  }
}
