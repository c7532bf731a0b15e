import { AccountRuleCode } from '@healthsync/domain/accounts';

export enum AuthErrorCode {
  InvalidCredentials = 'AUTH.INVALID_CREDENTIALS',
  InvalidToken = 'AUTH.INVALID_TOKEN',
  SessionRevoked = 'AUTH.SESSION_REVOKED',
  RefreshTokenReused = 'AUTH.REFRESH_TOKEN_REUSED',
  InvalidTotpCode = 'AUTH.INVALID_TOTP_CODE',
  TotpAlreadyEnabled = 'AUTH.TOTP_ALREADY_ENABLED',
  TotpNotEnabled = 'AUTH.TOTP_NOT_ENABLED',
  TotpRequired = 'AUTH.TOTP_REQUIRED',
  WeakPassword = 'AUTH.WEAK_PASSWORD',
  EmailTaken = 'AUTH.EMAIL_TAKEN',
  InvalidResetToken = 'AUTH.INVALID_RESET_TOKEN',
  WrongPassword = 'AUTH.WRONG_PASSWORD',
}

export enum AccountErrorCode {
  NotFound = 'ACCOUNT.NOT_FOUND',
  CannotChangeOwnAccount = 'ACCOUNT.CANNOT_CHANGE_OWN_ACCOUNT',
  RoleChangeNotAllowed = AccountRuleCode.RoleChangeNotAllowed,
  DoctorProfileRequired = AccountRuleCode.DoctorProfileRequired,
  PatientProfileRequired = AccountRuleCode.PatientProfileRequired,
  LicenceTaken = 'ACCOUNT.LICENCE_TAKEN',
}
