import { Injectable } from '@nestjs/common';

import {
  AuthErrorCode,
  type RecoveryCodes,
  type TotpChangeDto,
  type TotpSetup,
} from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { AccountsRepository } from '../accounts/accounts.repository';
import { SettingsService } from '../settings/settings.service';
import { invalidCode, stillActive } from './auth-errors';
import { PasswordConfirmation } from './password-confirmation';
import { TwoFactorService } from './two-factor.service';

/**
 * A signed-in user turning their second factor on or off. An access token alone cannot: the password
 * is asked again, so a stolen token cannot enrol a factor of its own or remove the owner's.
 */
@Injectable()
export class SecondFactorChangeService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly confirmation: PasswordConfirmation,
    private readonly twoFactor: TwoFactorService,
    private readonly settings: SettingsService,
  ) {}

  async setUp(auth: AuthContext, password: string, origin: RequestOrigin): Promise<TotpSetup> {
    const user = await this.confirmation.confirmCaller(
      auth,
      password,
      { field: 'password', action: 'auth.totp_setup' },
      origin,
    );
    return this.twoFactor.setUp(user);
  }

  async enable(auth: AuthContext, dto: TotpChangeDto, origin: RequestOrigin): Promise<RecoveryCodes> {
    const user = await this.confirmation.confirmCaller(
      auth,
      dto.password,
      { field: 'password', action: 'auth.totp_enabled' },
      origin,
    );
    return { recoveryCodes: await this.twoFactor.enable(user, dto.code, origin) };
  }

  async disable(auth: AuthContext, dto: TotpChangeDto, origin: RequestOrigin): Promise<void> {
    const user = stillActive(await this.accounts.findById(auth.userId));
    if (!user.totpEnabledAt)
      throw new DomainError('conflict', AuthErrorCode.TotpNotEnabled, 'Two-factor sign-in is not on.');
    await this.confirmation.confirm(
      auth,
      user,
      dto.password,
      { field: 'password', action: 'auth.totp_disabled' },
      origin,
    );
    if (!(await this.twoFactor.acceptCode(user, dto.code))) throw invalidCode();
    if (await this.settings.secondFactorRequired(user.role)) {
      throw new DomainError(
        'forbidden',
        AuthErrorCode.TotpRequired,
        'Your role must sign in with a second factor.',
      );
    }
    await this.twoFactor.disable(user, origin);
  }
}
