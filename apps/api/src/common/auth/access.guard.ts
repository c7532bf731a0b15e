import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { AuditOutcome } from '@healthsync/contracts/audit';
import { AuthErrorCode, type Role } from '@healthsync/contracts/auth';
import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import { ALLOWED_ROLES, IS_PUBLIC } from './access.decorators';
import { AuditService } from '../../modules/audit/audit.service';
import { requestOrigin, type AuthContext, type AuthenticatedRequest } from './auth-context';

class NotAuthenticated extends DomainError<AuthErrorCode.InvalidToken> {
  /** `rejectedToken`: why a token that was presented failed verification (not a missing or expired one). */
  constructor(readonly rejectedToken?: string) {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidToken,
      'Sign in: the access token is missing, invalid or expired.',
    );
  }
}

/**
 * A token that is there but fails its signature, algorithm, issuer or audience check: forged or
 * tampered with, so a security event. A missing token (passport's plain Error) or an expired one is
 * everyday traffic.
 */
function rejectedTokenReason(info: unknown): string | undefined {
  const rejected = info instanceof Error && ['JsonWebTokenError', 'NotBeforeError'].includes(info.name);
  return rejected ? info.message : undefined;
}

/**
 * Every route is closed unless it says otherwise: `@Public()` opens it, `@Authenticated(roles)`
 * admits those roles. A route that declares neither is refused to everyone.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!roles)
      throw new DomainError('forbidden', CommonErrorCode.Forbidden, 'This endpoint declares no access rule.');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { user?: AuthContext }>();
    try {
      await super.canActivate(context);
    } catch (error) {
      if (error instanceof NotAuthenticated && error.rejectedToken)
        await this.recordDenial(request, 'auth.token_rejected', { reason: error.rejectedToken });
      throw error;
    }
    request.auth = request.user;
    if (!request.auth || !roles.includes(request.auth.role)) {
      await this.recordDenial(request, 'access.denied');
      throw new DomainError('forbidden', CommonErrorCode.Forbidden, 'Your role may not use this endpoint.');
    }
    return true;
  }

  /**
   * A signed-in user trying a route their role may not use, or anyone presenting a forged token, is
   * worth a trace; anonymous 401s without a token are noise.
   */
  private async recordDenial(
    request: AuthenticatedRequest & { route?: { path?: string } },
    action: string,
    detail?: Record<string, string>,
  ): Promise<void> {
    const auth = request.auth;
    await this.audit.record({
      actor: auth ? { userId: auth.userId, role: auth.role } : null,
      action,
      resourceType: 'route',
      resourceId: `${request.method} ${request.route?.path ?? request.path}`,
      outcome: AuditOutcome.Denied,
      origin: requestOrigin(request),
      detail,
    });
  }

  override handleRequest<T>(error: unknown, user: T | false, info?: unknown): T {
    if (error instanceof DomainError) throw error;
    if (error || !user) throw new NotAuthenticated(rejectedTokenReason(info));
    return user;
  }
}
