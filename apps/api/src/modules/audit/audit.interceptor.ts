import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { catchError, defer, map, mergeMap, of, throwError, type Observable } from 'rxjs';

import { AuditOutcome } from '@healthsync/contracts/audit';

import { requestOrigin, type AuthenticatedRequest } from '../../common/auth/auth-context';
import { toProblem } from '../../common/filters/problem-details.filter';
import { AuditService, type AuditEvent } from './audit.service';
import { AUDITED, type AuditedOptions } from './audited.decorator';

/** Follows the exception filter's mapping, so the outcome matches the status the caller sees. */
export function outcomeOf(error: unknown): { outcome: AuditOutcome; status: number; code: string } {
  const { status, code } = toProblem(error);
  if (status === 404) return { outcome: AuditOutcome.NotFound, status, code };
  if (status === 401 || status === 403) return { outcome: AuditOutcome.Denied, status, code };
  return { outcome: AuditOutcome.Failure, status, code };
}

/** Any non-empty string: the audit service makes what came from the request storable. */
function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function asUuid(value: string | undefined): string | undefined {
  return value !== undefined && isUUID(value) ? value : undefined;
}

function routeParam(request: AuthenticatedRequest, name: string | undefined): string | undefined {
  return name ? nonEmpty(request.params[name]) : undefined;
}

function baseEvent(options: AuditedOptions, request: AuthenticatedRequest): Omit<AuditEvent, 'outcome'> {
  const { auth } = request;
  return {
    actor: auth ? { userId: auth.userId, role: auth.role } : null,
    action: options.action,
    resourceType: options.resourceType,
    resourceId: routeParam(request, options.resourceIdParam),
    // A refused probe's malformed id stays in resourceId; a patient's trail holds only real ids.
    patientId: asUuid(routeParam(request, options.patientIdParam)),
    origin: requestOrigin(request),
  };
}

function successEvent(options: AuditedOptions, request: AuthenticatedRequest, result: unknown): AuditEvent {
  const event = baseEvent(options, request);
  const patientId = event.patientId ?? nonEmpty(options.patientIdFrom?.(result));
  const patientIds = options.patientIdsFrom?.(result);
  return { ...event, patientId, ...(patientIds && { patientIds }), outcome: AuditOutcome.Success };
}

function failureEvent(options: AuditedOptions, request: AuthenticatedRequest, error: unknown): AuditEvent {
  const { outcome, status, code } = outcomeOf(error);
  return { ...baseEvent(options, request), outcome, detail: { status, code } };
}

/**
 * Records every call of an `@Audited` handler. Guards run before interceptors, so a request the
 * access guard refuses never gets here: whoever refuses it there records the denial.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.getAllAndOverride<AuditedOptions | undefined>(AUDITED, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!options || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return next.handle().pipe(
      // Ahead of the success step: a failed success append must fail the request, not become its outcome.
      catchError((error: unknown) => this.recordFailure(options, request, error)),
      mergeMap((result) =>
        options.recordsOwnSuccess
          ? of(result)
          : defer(() => this.audit.record(successEvent(options, request, result))).pipe(map(() => result)),
      ),
    );
  }

  /** The handler's error wins over an audit failure, which `record` has already logged. */
  private recordFailure(
    options: AuditedOptions,
    request: AuthenticatedRequest,
    error: unknown,
  ): Observable<never> {
    return defer(() => this.audit.record(failureEvent(options, request, error))).pipe(
      catchError(() => of(undefined)),
      mergeMap(() => throwError(() => error)),
    );
  }
}
