import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import type { AuthContext } from '../../../common/auth/auth-context';
import { SessionService } from '../../auth/session.service';
import {
  ACCESS_AUDIENCE,
  JWT_ALGORITHM,
  JWT_ISSUER,
  LIVE_AUDIENCE,
  type AccessTokenClaims,
  type LiveTicketClaims,
} from '../../auth/token.service';

/** The parts of a Socket.io handshake that can carry credentials. */
export interface HandshakeCredentials {
  auth: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

const BEARER = /^Bearer ([^\s]+)$/i;

/** Each audience admits only its own token type, so a challenge token re-labelled as a ticket is refused. */
const TYPE_OF_AUDIENCE: Record<string, string> = { [ACCESS_AUDIENCE]: 'access', [LIVE_AUDIENCE]: 'live' };

/**
 * Admits a socket with either an access token (API clients) or a live ticket (browsers, which never
 * see the httpOnly access token): HS256, our issuer, unexpired, a session that is still open, and
 * the role the user has now in the database (a token naming any other role is stale and refused).
 * The token comes from `auth.token` in the handshake, or else from an `Authorization: Bearer` header.
 */
@Injectable()
export class SocketAuthenticator {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
  ) {}

  /** Who is connecting, or null when the credentials are missing, invalid or their session has ended. */
  async authenticate(handshake: HandshakeCredentials): Promise<AuthContext | null> {
    const token = tokenOf(handshake);
    if (!token) return null;
    let claims: (AccessTokenClaims | LiveTicketClaims) & { aud?: unknown };
    try {
      claims = this.jwt.verify(token, {
        algorithms: [JWT_ALGORITHM],
        issuer: JWT_ISSUER,
        audience: [ACCESS_AUDIENCE, LIVE_AUDIENCE],
      });
    } catch {
      return null;
    }
    const audience = typeof claims.aud === 'string' ? claims.aud : null;
    if (!audience || TYPE_OF_AUDIENCE[audience] !== claims.typ || !claims.sid || !claims.sub) return null;
    const auth: AuthContext = { userId: claims.sub, role: claims.role, sessionId: claims.sid };
    return (await this.isCurrent(auth)) ? auth : null;
  }

  /** The session is open and the user still active with the role `auth` names (uncached). */
  async isCurrent(auth: AuthContext): Promise<boolean> {
    return (await this.sessions.currentRole(auth)) === auth.role;
  }
}

function tokenOf({ auth, headers }: HandshakeCredentials): string | null {
  const fromAuth = auth['token'];
  if (typeof fromAuth === 'string' && fromAuth.length > 0) return fromAuth;
  const header = headers['authorization'];
  return typeof header === 'string' ? (BEARER.exec(header.trim())?.[1] ?? null) : null;
}
