import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { AuthErrorCode, type Role } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

export const JWT_ISSUER = 'healthsync';
export const ACCESS_AUDIENCE = 'healthsync-api';
const CHALLENGE_AUDIENCE = 'healthsync-sign-in-challenge';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const CHALLENGE_TTL_SECONDS = 5 * 60;
/** The only algorithm tokens are signed or accepted with; `none` and every other one are refused. */
export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
  jti: string;
  typ: 'access';
}

export type ChallengePurpose = 'totp' | 'totp_enrolment';

interface ChallengeClaims {
  sub: string;
  purpose: ChallengePurpose;
  typ: 'challenge';
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export class InvalidChallenge extends DomainError<AuthErrorCode.InvalidToken> {
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidToken,
      'The sign-in step has expired or is invalid; sign in again.',
    );
  }
}

/** Signs access tokens and sign-in challenges (JWT, HS256 only, issuer and audience checked). */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issueAccessToken(userId: string, role: Role, sessionId: string): IssuedToken {
    const claims: Omit<AccessTokenClaims, 'sub'> = { role, sid: sessionId, jti: randomUUID(), typ: 'access' };
    const token = this.jwt.sign(claims, {
      subject: userId,
      audience: ACCESS_AUDIENCE,
      issuer: JWT_ISSUER,
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      algorithm: JWT_ALGORITHM,
    });
    return { token, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  issueChallenge(userId: string, purpose: ChallengePurpose): IssuedToken {
    const token = this.jwt.sign({ purpose, typ: 'challenge' } satisfies Omit<ChallengeClaims, 'sub'>, {
      subject: userId,
      audience: CHALLENGE_AUDIENCE,
      issuer: JWT_ISSUER,
      expiresIn: CHALLENGE_TTL_SECONDS,
      algorithm: JWT_ALGORITHM,
    });
    return { token, expiresAt: new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000) };
  }

  verifyChallenge(token: string, purpose: ChallengePurpose): string {
    try {
      const claims = this.jwt.verify<ChallengeClaims & { sub: string }>(token, {
        audience: CHALLENGE_AUDIENCE,
        issuer: JWT_ISSUER,
        algorithms: [JWT_ALGORITHM],
      });
      if (claims.typ !== 'challenge' || claims.purpose !== purpose) throw new InvalidChallenge();
      return claims.sub;
    } catch {
      throw new InvalidChallenge();
    }
  }
}
