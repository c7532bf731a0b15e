import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { AuthErrorCode } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext } from '../../common/auth/auth-context';
import { AppConfig } from '../../config/app-config';
import { SessionService } from './session.service';
import { ACCESS_AUDIENCE, JWT_ALGORITHM, JWT_ISSUER, type AccessTokenClaims } from './token.service';

export class SessionEnded extends DomainError<AuthErrorCode.SessionRevoked> {
  constructor() {
    super('unauthenticated', AuthErrorCode.SessionRevoked, 'This session has ended; sign in again.');
  }
}

/**
 * Accepts a bearer access token only if it is signed with our key using HS256, for our issuer and
 * audience, unexpired, typed as an access token, and its session is still open.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: [JWT_ALGORITHM],
      issuer: JWT_ISSUER,
      audience: ACCESS_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthContext> {
    if (claims.typ !== 'access' || !claims.sid || !claims.sub) throw new SessionEnded();
    const auth: AuthContext = { userId: claims.sub, role: claims.role, sessionId: claims.sid };
    if (!(await this.sessions.isActive(auth))) throw new SessionEnded();
    return auth;
  }
}
