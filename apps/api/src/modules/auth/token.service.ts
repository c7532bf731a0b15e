import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { AuthErrorCode, type Role } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

export const JWT_ISSUER = 'healthsync';
export const ACCESS_AUDIENCE = 'healthsync-api';
const CHALLENGE_AUDIENCE = 'healthsync-sign-in-challenge';
/** Device tokens only say "this user signed in here before"; no route accepts them as credentials. */
const DEVICE_AUDIENCE = 'healthsync-known-device';
/** Live tickets admit a socket to the live namespace and nothing else: the HTTP guard wants ACCESS_AUDIENCE. */
export const LIVE_AUDIENCE = 'healthsync-live';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const CHALLENGE_TTL_SECONDS = 5 * 60;
export const LIVE_TICKET_TTL_SECONDS = 60;
export const DEVICE_TOKEN_TTL_SECONDS = 180 * 24 * 60 * 60;
/** The only algorithm tokens are signed or accepted with; `none` and every other one are refused. */
export const JWT_ALGORITHM = 'HS256';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
  jti: string;
  typ: 'access';
}

/** A live ticket carries the session it was issued from, so signing out refuses it too. */
export interface LiveTicketClaims {
  sub: string;
  role: Role;
  sid: string;
  jti: string;
  typ: 'live';
}

export type ChallengePurpose = 'totp' | 'totp_enrolment';

interface ChallengeClaims {
  sub: string;
  purpose: ChallengePurpose;
  typ: 'challenge';
  jti: string;
  /** The known device the password step came from, if any. */
  dev?: string;
  exp: number;
}

/** A valid challenge: whose it is, its id (it can be used once), and the device it started on. */
export interface VerifiedChallenge {
  userId: string;
  challengeId: string;
  deviceId: string | null;
  expiresAt: Date;
}

interface DeviceClaims {
  sub: string;
  jti: string;
  typ: 'device';
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
    return this.sign(claims, userId, ACCESS_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS);
  }

  /** A short-lived ticket for the browser to open a socket with, without seeing the access token. */
  issueLiveTicket(userId: string, role: Role, sessionId: string): IssuedToken {
    const claims: Omit<LiveTicketClaims, 'sub'> = { role, sid: sessionId, jti: randomUUID(), typ: 'live' };
    return this.sign(claims, userId, LIVE_AUDIENCE, LIVE_TICKET_TTL_SECONDS);
  }

  issueChallenge(userId: string, purpose: ChallengePurpose, deviceId: string | null): IssuedToken {
    const claims: Omit<ChallengeClaims, 'sub' | 'exp'> = {
      purpose,
      typ: 'challenge',
      jti: randomUUID(),
      ...(deviceId ? { dev: deviceId } : {}),
    };
    return this.sign(claims, userId, CHALLENGE_AUDIENCE, CHALLENGE_TTL_SECONDS);
  }

  /** Handed out at each successful sign-in, for the client to present at the next one. */
  issueDeviceToken(userId: string, deviceId: string): IssuedToken {
    const claims: Omit<DeviceClaims, 'sub'> = { jti: deviceId, typ: 'device' };
    return this.sign(claims, userId, DEVICE_AUDIENCE, DEVICE_TOKEN_TTL_SECONDS);
  }

  /** The device a token names, if it is genuine, unexpired and was issued to this user; otherwise null. */
  verifyDeviceToken(token: string, userId: string): string | null {
    try {
      const claims = this.jwt.verify<DeviceClaims>(token, {
        audience: DEVICE_AUDIENCE,
        issuer: JWT_ISSUER,
        algorithms: [JWT_ALGORITHM],
        subject: userId,
      });
      return claims.typ === 'device' && typeof claims.jti === 'string' ? claims.jti : null;
    } catch {
      return null;
    }
  }

  private sign(claims: object, subject: string, audience: string, ttlSeconds: number): IssuedToken {
    const token = this.jwt.sign(claims, {
      subject,
      audience,
      issuer: JWT_ISSUER,
      expiresIn: ttlSeconds,
      algorithm: JWT_ALGORITHM,
    });
    return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
  }

  verifyChallenge(token: string, purpose: ChallengePurpose): VerifiedChallenge {
    let claims: ChallengeClaims;
    try {
      claims = this.jwt.verify<ChallengeClaims>(token, {
        audience: CHALLENGE_AUDIENCE,
        issuer: JWT_ISSUER,
        algorithms: [JWT_ALGORITHM],
      });
    } catch {
      throw new InvalidChallenge();
    }
    if (claims.typ !== 'challenge' || claims.purpose !== purpose || typeof claims.jti !== 'string')
      throw new InvalidChallenge();
    return {
      userId: claims.sub,
      challengeId: claims.jti,
      deviceId: claims.dev ?? null,
      expiresAt: new Date(claims.exp * 1000),
    };
  }
}
