import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';

import type { Role } from '@healthsync/contracts/auth';

import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator';
import {
  requestOrigin,
  type AuthContext,
  type AuthenticatedRequest,
  type RequestOrigin,
} from './auth-context';

export const IS_PUBLIC = 'healthsync:public';
export const ALLOWED_ROLES = 'healthsync:roles';
/** OpenAPI extension that marks an operation as needing no credentials (turned into `security: []`). */
export const PUBLIC_OPERATION_EXTENSION = 'x-healthsync-public';

/** Anyone may call this route, signed in or not. */
export function Public() {
  return applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));
}

/** Only a signed-in caller with one of these roles may call this route; others get 403, anonymous 401. */
export function Authenticated(...roles: [Role, ...Role[]]) {
  return applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiBearerAuth('bearer'),
    ApiProblemResponses(401, 403),
  );
}

/** The caller of an `@Authenticated` route. */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('@Auth() used on a route without @Authenticated()');
  return auth;
});

/** IP, user agent and request id of the current request. */
export const Origin = createParamDecorator((_: unknown, context: ExecutionContext): RequestOrigin =>
  requestOrigin(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);
