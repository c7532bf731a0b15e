import {
  BadRequestException,
  ForbiddenException,
  NotFoundException,
  PayloadTooLargeException,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';

import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

import { RequestValidationException } from '../errors/request-validation.exception';
import { problemBody, toProblem } from './problem-details.filter';

const sqlError = (code: string) =>
  Object.assign(new Error(`duplicate key value violates unique constraint "users_email"`), {
    driverError: { code },
  });

describe('toProblem', () => {
  it.each([
    [
      'a validation failure',
      new RequestValidationException([{ field: 'email', message: 'email must be an email' }]),
      400,
      CommonErrorCode.ValidationFailed,
    ],
    [
      'a body-parser syntax error wrapped by Nest',
      new BadRequestException('Unexpected token', {
        cause: Object.assign(new SyntaxError('x'), {
          type: 'entity.parse.failed',
          statusCode: 400,
          expose: true,
        }),
      }),
      400,
      CommonErrorCode.MalformedBody,
    ],
    [
      'a too-large body',
      Object.assign(new Error('request entity too large'), {
        type: 'entity.too.large',
        statusCode: 413,
        expose: true,
      }),
      413,
      CommonErrorCode.PayloadTooLarge,
    ],
    [
      'an unknown route',
      new NotFoundException('Cannot GET /api/v1/nope'),
      404,
      CommonErrorCode.RouteNotFound,
    ],
    ['a missing resource', new NotFoundException('Patient not found'), 404, CommonErrorCode.NotFound],
    ['a forbidden role', new ForbiddenException(), 403, CommonErrorCode.Forbidden],
    ['a mapped HTTP error', new PayloadTooLargeException(), 413, CommonErrorCode.PayloadTooLarge],
    ['a throttled request', new ThrottlerException(), 429, CommonErrorCode.RateLimited],
    ['a unique violation', sqlError('23505'), 409, CommonErrorCode.Conflict],
    ['an exclusion violation', sqlError('23P01'), 409, CommonErrorCode.Conflict],
    ['a serialization failure', sqlError('40001'), 409, CommonErrorCode.VersionConflict],
    ['an invalid text representation', sqlError('22P02'), 400, CommonErrorCode.ValidationFailed],
    ['an unknown SQL error', sqlError('XX000'), 500, CommonErrorCode.Internal],
    ['a programming error', new TypeError('cannot read x of undefined'), 500, CommonErrorCode.Internal],
    ['a thrown string', 'oops', 500, CommonErrorCode.Internal],
  ])('maps %s', (_, exception, status, code) => {
    expect(toProblem(exception)).toMatchObject({ status, code });
  });

  it.each([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['unprocessable', 422],
    ['unavailable', 503],
  ] as const)('maps a domain error of kind %s to %i with its code, message and details', (kind, status) => {
    const problem = toProblem(
      new DomainError(kind, 'APPOINTMENT.SLOT_TAKEN', 'That slot was just taken', { legal: ['cancel'] }),
    );
    expect(problem).toEqual({
      status,
      code: 'APPOINTMENT.SLOT_TAKEN',
      detail: 'That slot was just taken',
      extensions: { legal: ['cancel'] },
    });
  });

  it('never discloses the text of an unexpected error', () => {
    expect(toProblem(new Error('password=hunter2 at /srv/db.ts:12')).detail).not.toContain('hunter2');
    expect(JSON.stringify(toProblem(sqlError('23505')))).not.toContain('users_email');
  });
});

describe('problemBody', () => {
  it('builds an RFC 9457 body whose standard members cannot be overridden by details', () => {
    const body = problemBody(
      { status: 409, code: 'X.Y', detail: 'd', extensions: { status: 200, title: 'spoofed', legal: ['a'] } },
      '/api/v1/things/1',
      'req-1',
    );
    expect(body).toEqual({
      type: 'urn:healthsync:problem:x.y',
      title: 'Conflict',
      status: 409,
      detail: 'd',
      instance: '/api/v1/things/1',
      code: 'X.Y',
      requestId: 'req-1',
      legal: ['a'],
    });
  });

  it('cuts a long path and detail, which quote the caller', () => {
    const path = `/api/v1/${'x'.repeat(16_000)}`;
    const body = problemBody({ status: 404, code: 'X.Y', detail: `Cannot GET ${path}` }, path, 'req-1');
    expect(body.instance).toHaveLength(201);
    expect(body.detail).toHaveLength(501);
    expect(body.detail.endsWith('…')).toBe(true);
  });
});
