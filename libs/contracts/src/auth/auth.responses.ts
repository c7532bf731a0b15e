import type { AccountStatus, Role } from './roles';

export interface TokenPair {
  tokenType: 'Bearer';
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type LoginResult =
  | {
      status: 'authenticated';
      tokens: TokenPair;
      /** Kept by the client (an httpOnly cookie) and sent with the next sign-in from this device. */
      deviceToken: string;
    }
  | {
      status: 'totp_required' | 'totp_enrolment_required';
      challengeToken: string;
      challengeExpiresAt: string;
    };

/** The wire shape every `LoginResult` has: which fields are present depends on `status`. */
export interface LoginResponse {
  status: LoginResult['status'];
  tokens?: TokenPair;
  deviceToken?: string;
  challengeToken?: string;
  challengeExpiresAt?: string;
}

/** A sign-in that activated an account's second factor: the result and the recovery codes, shown once. */
export interface ActivatedLogin extends LoginResponse, RecoveryCodes {}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** What every view of an account shows. */
export interface AccountView {
  id: string;
  email: string;
  role: Role;
  status: AccountStatus;
  firstName: string;
  lastName: string;
  totpEnabled: boolean;
}

export interface CurrentUser extends AccountView {
  patientId: string | null;
  doctorId: string | null;
}
