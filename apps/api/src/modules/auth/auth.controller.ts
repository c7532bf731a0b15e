import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import {
  ALL_ROLES,
  ChallengeDto,
  ChallengeWithCodeDto,
  ChangePasswordDto,
  ConfirmRegistrationDto,
  EmailedTokenDto,
  ForgotPasswordDto,
  LoginDto,
  LoginSecondFactorDto,
  PasswordConfirmationDto,
  RefreshDto,
  RegisterPatientDto,
  ResetPasswordDto,
  TotpChangeDto,
} from '@healthsync/contracts/auth';

import { Auth, Authenticated, Origin, Public } from '../../common/auth/access.decorators';
import type { AuthContext, RequestOrigin } from '../../common/auth/auth-context';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { LoginRateLimited } from '../../common/rate-limit/login-rate-limited.decorator';
import { toCurrentUser } from '../accounts/accounts.mapper';
import { AccountsService } from '../accounts/accounts.service';
import {
  ActivatedLoginDto,
  CurrentUserDto,
  LoginResultDto,
  RecoveryCodesDto,
  TokenPairDto,
  TotpSetupDto,
} from './auth.responses';
import { PasswordChangeService } from './password-change.service';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';
import { SecondFactorSignInService } from './second-factor-sign-in.service';
import { SecondFactorChangeService } from './second-factor-change.service';
import { SessionRefreshService } from './session-refresh.service';
import { SignInService } from './sign-in.service';
import { SignOutService } from './sign-out.service';

const EVERYONE = ALL_ROLES as [(typeof ALL_ROLES)[number], ...(typeof ALL_ROLES)[number][]];

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signIn: SignInService,
    private readonly secondFactorSignIn: SecondFactorSignInService,
    private readonly secondFactorChange: SecondFactorChangeService,
    private readonly passwordChange: PasswordChangeService,
    private readonly passwordReset: PasswordResetService,
    private readonly sessionRefresh: SessionRefreshService,
    private readonly signOut: SignOutService,
    private readonly registration: RegistrationService,
    private readonly accounts: AccountsService,
  ) {}

  @Post('register')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Register as a patient',
    description:
      'Answers the same whether or not the email has an account. A new address is emailed a link to finish (POST /auth/register/confirm, valid 24 hours); an address with an account is emailed a notice instead.',
  })
  @ApiAcceptedResponse({ description: 'An email is on its way to the address.' })
  async register(@Body() dto: RegisterPatientDto): Promise<void> {
    await this.registration.register(dto);
  }

  @Post('register/confirm')
  @Public()
  @LoginRateLimited()
  @ApiOperation({
    summary: 'Finish registering with the emailed link and the password chosen',
    description: 'Creates the patient account; sign in afterwards. The link works once.',
  })
  @ApiCreatedResponse({ type: CurrentUserDto, description: 'The new account.' })
  async confirmRegistration(
    @Body() dto: ConfirmRegistrationDto,
    @Origin() origin: RequestOrigin,
  ): Promise<CurrentUserDto> {
    return toCurrentUser(await this.registration.confirm(dto, origin));
  }

  @Post('login')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with email and password',
    description:
      'Answers tokens and a device token, or a challenge when the account (or its role) uses a second factor. Five failures in a row from devices without a device token pause sign-ins from such devices for 15 minutes (the owner is emailed an unlock link); a device token from an earlier sign-in is not paused, and is no longer trusted after five failures of its own.',
  })
  @ApiOkResponse({ type: LoginResultDto, description: 'Signed in, or the second step is needed.' })
  @ApiProblemResponses(401)
  login(@Body() dto: LoginDto, @Origin() origin: RequestOrigin) {
    return this.signIn.login(dto, origin);
  }

  @Post('login/second-factor')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Finish signing in with a TOTP code or a recovery code' })
  @ApiOkResponse({ type: LoginResultDto, description: 'Signed in.' })
  @ApiProblemResponses(401)
  secondFactor(@Body() dto: LoginSecondFactorDto, @Origin() origin: RequestOrigin) {
    return this.secondFactorSignIn.completeWithSecondFactor(dto, origin);
  }

  @Post('login/totp-enrolment')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start the second-factor enrolment that your role requires before signing in' })
  @ApiOkResponse({ type: TotpSetupDto, description: 'The secret to add to an authenticator app.' })
  @ApiProblemResponses(401, 409)
  startRequiredEnrolment(@Body() dto: ChallengeDto) {
    return this.secondFactorSignIn.setUpRequiredSecondFactor(dto.challengeToken);
  }

  @Post('login/totp-enrolment/activate')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm the required enrolment with a code, and sign in' })
  @ApiOkResponse({ type: ActivatedLoginDto, description: 'Signed in; recovery codes are shown this once.' })
  @ApiProblemResponses(401, 409)
  activateRequiredEnrolment(@Body() dto: ChallengeWithCodeDto, @Origin() origin: RequestOrigin) {
    return this.secondFactorSignIn.activateRequiredSecondFactor(dto.challengeToken, dto.code, origin);
  }

  @Post('unlock')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Lift a pause of sign-ins from new devices with the emailed unlock link',
    description: 'The link works once.',
  })
  @ApiNoContentResponse({ description: 'Sign-ins from any device work again.' })
  async unlock(@Body() dto: EmailedTokenDto, @Origin() origin: RequestOrigin): Promise<void> {
    await this.passwordReset.unlock(dto.token, origin);
  }

  @Post('refresh')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for new tokens',
    description:
      'Each refresh token works once. Presenting a used one signs out the whole session it belongs to.',
  })
  @ApiOkResponse({ type: TokenPairDto, description: 'A new access token and a new refresh token.' })
  @ApiProblemResponses(401)
  refresh(@Body() dto: RefreshDto, @Origin() origin: RequestOrigin) {
    return this.sessionRefresh.refresh(dto.refreshToken, origin);
  }

  @Post('logout')
  @Authenticated(...EVERYONE)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Sign out this session',
    description: 'Its access and refresh tokens stop working at once.',
  })
  @ApiNoContentResponse({ description: 'Signed out.' })
  async logout(@Auth() auth: AuthContext, @Origin() origin: RequestOrigin): Promise<void> {
    await this.signOut.logout(auth, origin, false);
  }

  @Post('logout-all')
  @Authenticated(...EVERYONE)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out every session of this account' })
  @ApiNoContentResponse({ description: 'Signed out everywhere.' })
  async logoutAll(@Auth() auth: AuthContext, @Origin() origin: RequestOrigin): Promise<void> {
    await this.signOut.logout(auth, origin, true);
  }

  @Get('me')
  @Authenticated(...EVERYONE)
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: CurrentUserDto, description: 'The account and its profile ids.' })
  async me(@Auth() auth: AuthContext): Promise<CurrentUserDto> {
    return toCurrentUser(await this.accounts.get(auth.userId));
  }

  @Post('password/change')
  @Authenticated(...EVERYONE)
  @LoginRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change the password', description: 'Signs out every other session.' })
  @ApiNoContentResponse({ description: 'Changed.' })
  async changePassword(
    @Auth() auth: AuthContext,
    @Body() dto: ChangePasswordDto,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.passwordChange.changePassword(auth, dto, origin);
  }

  @Post('password/forgot')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Email a password-reset link',
    description:
      'Answers the same whether or not the email has an account. The link works once, for 30 minutes.',
  })
  @ApiAcceptedResponse({ description: 'If the account exists, an email is on its way.' })
  async forgotPassword(@Body() dto: ForgotPasswordDto, @Origin() origin: RequestOrigin): Promise<void> {
    await this.passwordReset.forgotPassword(dto.email, origin);
  }

  @Post('password/reset')
  @Public()
  @LoginRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Set a new password with the emailed token',
    description: 'Signs out every session.',
  })
  @ApiNoContentResponse({ description: 'The password is set.' })
  async resetPassword(@Body() dto: ResetPasswordDto, @Origin() origin: RequestOrigin): Promise<void> {
    await this.passwordReset.resetPassword(dto, origin);
  }

  @Post('2fa/setup')
  @Authenticated(...EVERYONE)
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Start two-factor enrolment',
    description:
      'Needs the current password (a wrong one counts as a failed sign-in). Nothing changes until /auth/2fa/enable confirms a code.',
  })
  @ApiOkResponse({ type: TotpSetupDto, description: 'The secret to add to an authenticator app.' })
  @ApiProblemResponses(409)
  setUpTotp(
    @Auth() auth: AuthContext,
    @Body() dto: PasswordConfirmationDto,
    @Origin() origin: RequestOrigin,
  ) {
    return this.secondFactorChange.setUp(auth, dto.password, origin);
  }

  @Post('2fa/enable')
  @Authenticated(...EVERYONE)
  @LoginRateLimited()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Turn two-factor sign-in on with the current password and a current code',
    description: 'The owner is told by email.',
  })
  @ApiOkResponse({ type: RecoveryCodesDto, description: 'Recovery codes, shown this once.' })
  @ApiProblemResponses(409)
  enableTotp(@Auth() auth: AuthContext, @Body() dto: TotpChangeDto, @Origin() origin: RequestOrigin) {
    return this.secondFactorChange.enable(auth, dto, origin);
  }

  @Post('2fa/disable')
  @Authenticated(...EVERYONE)
  @LoginRateLimited()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Turn two-factor sign-in off',
    description:
      'Needs the password and a current code; refused when your role requires it. The owner is told by email.',
  })
  @ApiNoContentResponse({ description: 'Turned off.' })
  @ApiProblemResponses(409)
  async disableTotp(
    @Auth() auth: AuthContext,
    @Body() dto: TotpChangeDto,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.secondFactorChange.disable(auth, dto, origin);
  }
}
