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
  constructor() {
    super(
      'unauthenticated',
      AuthErrorCode.InvalidToken,
      'Sign in: the access token is missing, invalid or expired.',
    );
  }
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
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { user?: AuthContext }>();
    request.auth = request.user;
    if (!request.auth || !roles.includes(request.auth.role)) {
      await this.recordDenial(request);
      throw new DomainError('forbidden', CommonErrorCode.Forbidden, 'Your role may not use this endpoint.');
    }
    return true;
  }

  /** A signed-in user trying a route their role may not use is worth a trace; anonymous 401s are noise. */
  private async recordDenial(request: AuthenticatedRequest & { route?: { path?: string } }): Promise<void> {
    const auth = request.auth;
    await this.audit.record({
      actor: auth ? { userId: auth.userId, role: auth.role } : null,
      action: 'access.denied',
      resourceType: 'route',
      resourceId: `${request.method} ${request.route?.path ?? request.path}`,
      outcome: AuditOutcome.Denied,
      origin: requestOrigin(request),
    });
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error instanceof DomainError) throw error;
    if (error || !user) throw new NotAuthenticated();
    return user;
  }
}
