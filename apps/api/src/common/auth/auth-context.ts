import type { Request } from 'express';

import type { Role } from '@healthsync/contracts/auth';

/** Who is calling: set on the request by the access guard for every authenticated route. */
export interface AuthContext {
  userId: string;
  role: Role;
  sessionId: string;
}

/** Where a request came from, for the audit trail and the session list. */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
  requestId: string;
}

export type AuthenticatedRequest = Request & { auth?: AuthContext; id?: string };

export function requestOrigin(request: AuthenticatedRequest): RequestOrigin {
  return {
    ip: request.ip ?? request.socket.remoteAddress ?? 'unknown',
    userAgent: (request.header('user-agent') ?? '').slice(0, 512),
    requestId: request.id ?? '',
  };
}
