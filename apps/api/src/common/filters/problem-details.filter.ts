import { STATUS_CODES } from 'node:http';

import { Catch, HttpException, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';

import {
  CommonErrorCode,
  MAX_PROBLEM_DETAIL_LENGTH,
  MAX_PROBLEM_INSTANCE_LENGTH,
  PROBLEM_CONTENT_TYPE,
  type FieldError,
  type ProblemDetails,
} from '@healthsync/contracts/common';
import { DomainError, type DomainErrorKind } from '@healthsync/domain/errors';

import { describeDatabaseError } from '../errors/database-errors';
import { RequestValidationException } from '../errors/request-validation.exception';
import { currentRequestId } from '../logging/request-context';

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_BY_STATUS: Record<number, CommonErrorCode> = {
  400: CommonErrorCode.ValidationFailed,
  431: CommonErrorCode.HeadersTooLarge,
  401: CommonErrorCode.Unauthenticated,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  503: CommonErrorCode.ServiceUnavailable,
};

/** Errors raised by Express's body parser (http-errors), identified by their `type`. */
const BODY_PARSER_ERRORS: Record<string, Omit<Problem, 'errors'>> = {
  'entity.parse.failed': {
    status: 400,
    code: CommonErrorCode.MalformedBody,
    detail: 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: CommonErrorCode.PayloadTooLarge,
    detail: 'The request body is too large.',
  },
  'entity.verify.failed': {
    status: 400,
    code: CommonErrorCode.MalformedBody,
    detail: 'The request body could not be read.',
  },
  'request.aborted': { status: 400, code: CommonErrorCode.MalformedBody, detail: 'The request was aborted.' },
  'request.size.invalid': {
    status: 400,
    code: CommonErrorCode.MalformedBody,
    detail: 'The request body length is wrong.',
  },
  'encoding.unsupported': {
    status: 415,
    code: CommonErrorCode.UnsupportedMediaType,
    detail: 'The request encoding is not supported.',
  },
  'charset.unsupported': {
    status: 415,
    code: CommonErrorCode.UnsupportedMediaType,
    detail: 'The request charset is not supported.',
  },
};

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

interface HttpError {
  statusCode: number;
  expose: boolean;
  type?: string;
}

function isHttpError(value: unknown): value is HttpError {
  return (
    typeof (value as HttpError | null)?.statusCode === 'number' &&
    typeof (value as HttpError).expose === 'boolean'
  );
}

/**
 * Errors from the Express layer (body parser, URL decoding), which Nest wraps in an HttpException
 * with the original as `cause`. Their own messages can quote internals (zlib, charset names), so
 * they get fixed texts.
 */
function expressLayerProblem(exception: unknown): Problem | undefined {
  const cause = exception instanceof HttpException ? exception.cause : exception;
  if (cause instanceof URIError) {
    return {
      status: 400,
      code: CommonErrorCode.MalformedRequest,
      detail: 'The URL is not correctly percent-encoded.',
    };
  }
  if (!isHttpError(cause) || cause.statusCode >= 500) return undefined;
  const known = BODY_PARSER_ERRORS[cause.type ?? ''];
  if (known) return known;
  if (cause.statusCode === 400) {
    return {
      status: 400,
      code: CommonErrorCode.MalformedBody,
      detail: 'The request body could not be read.',
    };
  }
  return {
    status: cause.statusCode,
    code: CODE_BY_STATUS[cause.statusCode] ?? CommonErrorCode.MalformedRequest,
    detail: STATUS_CODES[cause.statusCode] ?? 'Bad request',
  };
}

/** Maps anything thrown to a problem; only the first branch that fits applies. */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof RequestValidationException) {
    return {
      status: 400,
      code: CommonErrorCode.ValidationFailed,
      detail: 'The request has invalid fields.',
      errors: exception.fieldErrors,
    };
  }
  if (exception instanceof DomainError) {
    return {
      status: STATUS_BY_KIND[exception.kind],
      code: exception.code,
      detail: exception.message,
      extensions: exception.details,
    };
  }
  const expressError = expressLayerProblem(exception);
  if (expressError) return expressError;
  if (exception instanceof ThrottlerException) {
    return { status: 429, code: CommonErrorCode.RateLimited, detail: 'Too many requests; try again later.' };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code =
      status === 404 && /^Cannot [A-Z]+ /.test(exception.message)
        ? CommonErrorCode.RouteNotFound
        : CODE_BY_STATUS[status];
    return {
      status,
      code: code ?? (status >= 500 ? CommonErrorCode.Internal : CommonErrorCode.ValidationFailed),
      detail: httpExceptionDetail(exception),
    };
  }
  const databaseFailure = describeDatabaseError(exception);
  if (databaseFailure) return databaseFailure;
  return {
    status: 500,
    code: CommonErrorCode.Internal,
    detail: 'An unexpected error occurred. It has been logged.',
  };
}

/** Cuts text that may quote the caller's request (its path, say) so that an answer stays small. */
function clipped(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

export function problemBody(
  problem: Problem,
  instance: string | undefined,
  requestId: string,
): ProblemDetails {
  return {
    ...problem.extensions,
    type: `urn:healthsync:problem:${problem.code.toLowerCase()}`,
    title: STATUS_CODES[problem.status] ?? 'Error',
    status: problem.status,
    detail: clipped(problem.detail, MAX_PROBLEM_DETAIL_LENGTH),
    ...(instance ? { instance: clipped(instance, MAX_PROBLEM_INSTANCE_LENGTH) } : {}),
    code: problem.code,
    requestId,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}

/** Writes a problem as the response; also used for paths outside the API prefix, which no route matches. */
export function sendProblem(request: Request, response: Response, problem: Problem): void {
  const requestId = currentRequestId() ?? String(response.getHeader('X-Request-Id') ?? '');
  const instance = (request.originalUrl ?? request.url ?? '').split('?')[0];
  if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="healthsync"');
  response
    .status(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(problemBody(problem, instance, requestId)));
}

/** Answers any request that reached the end of the stack unmatched. */
export function unmatchedRouteHandler(request: Request, response: Response): void {
  sendProblem(request, response, {
    status: 404,
    code: CommonErrorCode.RouteNotFound,
    detail: `Cannot ${request.method} ${request.path}`,
  });
}

/** The one place that turns errors into HTTP: every error answer is `application/problem+json` (RFC 9457). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblem(exception);
    this.log(problem, exception);
    if (!response.headersSent) sendProblem(request, response, problem);
  }

  private log(problem: Problem, exception: unknown): void {
    if (problem.status >= 500) this.logger.error({ err: exception, code: problem.code }, 'request failed');
    else this.logger.debug({ code: problem.code, status: problem.status }, problem.detail);
  }
}
