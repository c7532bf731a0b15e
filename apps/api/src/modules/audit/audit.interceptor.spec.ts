import {
  BadRequestException,
  ForbiddenException,
  NotFoundException,
  UnauthorizedException,
  type CallHandler,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { lastValueFrom, of, throwError } from 'rxjs';

import { AuditOutcome } from '@healthsync/contracts/audit';
import { Role } from '@healthsync/contracts/auth';
import { DomainError } from '@healthsync/domain/errors';

import type { AuthContext, AuthenticatedRequest } from '../../common/auth/auth-context';
import { AuditInterceptor } from './audit.interceptor';
import type { AuditEvent, AuditService } from './audit.service';
import { Audited } from './audited.decorator';

const PATIENT_ID = '6f1c1a52-0d7e-4a8e-9a4b-3d2f0c9b1e11';
const RECORD_ID = '0b8f2d4e-5a61-4c3b-8e2f-7d9a1c6b3e22';
const DOCTOR: AuthContext = {
  userId: 'a3e1c2d4-1111-4222-8333-944455556666',
  role: Role.Doctor,
  sessionId: 's-1',
};

/** Handlers only carry the metadata; the faked CallHandler stands in for calling them. */
class RecordsController {
  @Audited({
    action: 'medical_record.read',
    resourceType: 'medical_record',
    resourceIdParam: 'recordId',
    patientIdParam: 'patientId',
  })
  read(): string {
    return 'read';
  }

  @Audited({
    action: 'medical_record.create',
    resourceType: 'medical_record',
    patientIdFrom: (result) => (result as { patientId?: string }).patientId,
  })
  create(): string {
    return 'create';
  }

  @Audited({
    action: 'medical_record.list',
    resourceType: 'medical_record',
    patientIdsFrom: (result) => (result as Array<{ patientId: string }>).map((item) => item.patientId),
  })
  list(): string {
    return 'list';
  }

  @Audited({ action: 'medical_record.sign', resourceType: 'medical_record', recordsOwnSuccess: true })
  sign(): string {
    return 'sign';
  }

  unaudited(): string {
    return 'unaudited';
  }
}

function fakeRequest(auth?: AuthContext): AuthenticatedRequest {
  const headers: Record<string, string> = { 'user-agent': 'jest-agent' };
  return {
    auth,
    id: 'req-0123456789',
    ip: '203.0.113.7',
    params: { patientId: PATIENT_ID, recordId: RECORD_ID },
    socket: {},
    header: (name: string) => headers[name.toLowerCase()],
  } as unknown as AuthenticatedRequest;
}

function contextFor(handler: keyof RecordsController, request: AuthenticatedRequest) {
  const controller = RecordsController.prototype;
  return new ExecutionContextHost([request, {}, () => undefined], RecordsController, controller[handler]);
}

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('AuditInterceptor', () => {
  let record: jest.Mock<Promise<void>, [AuditEvent]>;
  let interceptor: AuditInterceptor;

  const handled = (value: unknown): CallHandler => ({ handle: () => of(value) });
  const failed = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });
  const run = (handler: keyof RecordsController, next: CallHandler, auth: AuthContext | null = DOCTOR) =>
    lastValueFrom(interceptor.intercept(contextFor(handler, fakeRequest(auth ?? undefined)), next));
  const recorded = (): AuditEvent => {
    expect(record).toHaveBeenCalledTimes(1);
    return record.mock.calls[0][0];
  };

  beforeEach(() => {
    record = jest.fn<Promise<void>, [AuditEvent]>().mockResolvedValue(undefined);
    interceptor = new AuditInterceptor(new Reflector(), { record } as unknown as AuditService);
  });

  it('records a success with the actor, the ids from the route and where the request came from', async () => {
    await expect(run('read', handled({ id: RECORD_ID }))).resolves.toEqual({ id: RECORD_ID });
    expect(recorded()).toEqual({
      actor: { userId: DOCTOR.userId, role: Role.Doctor },
      action: 'medical_record.read',
      resourceType: 'medical_record',
      resourceId: RECORD_ID,
      patientId: PATIENT_ID,
      outcome: AuditOutcome.Success,
      origin: { ip: '203.0.113.7', userAgent: 'jest-agent', requestId: 'req-0123456789' },
    });
  });

  it('takes the patient id from the result when the route does not name it', async () => {
    await run('create', handled({ id: 'new', patientId: PATIENT_ID }));
    expect(recorded()).toMatchObject({ patientId: PATIENT_ID, resourceId: undefined });
  });

  it('names every patient of a list in the entry', async () => {
    const other = '1d2c3b4a-0000-4000-8000-000000000001';
    await run('list', handled([{ patientId: PATIENT_ID }, { patientId: other }]));
    expect(recorded()).toMatchObject({ patientIds: [PATIENT_ID, other], outcome: AuditOutcome.Success });
  });

  it('leaves the success entry to a handler that writes its own, and still records its failures', async () => {
    await expect(run('sign', handled('signed'))).resolves.toBe('signed');
    expect(record).not.toHaveBeenCalled();
    const conflict = new DomainError('conflict', 'RESOURCE.CONFLICT', 'Already signed');
    await expect(run('sign', failed(conflict))).rejects.toBe(conflict);
    expect(recorded()).toMatchObject({ outcome: AuditOutcome.Failure, detail: { status: 409 } });
  });

  it('keeps a malformed route id of a refused call as the resource, never as the patient', async () => {
    const request = fakeRequest(DOCTOR);
    request.params = { patientId: '\u0000', recordId: '\u0000' };
    const refused = new DomainError('invalid', 'REQUEST.VALIDATION_FAILED', 'Not an id');
    const context = contextFor('read', request);
    await expect(lastValueFrom(interceptor.intercept(context, failed(refused)))).rejects.toBe(refused);
    expect(recorded()).toMatchObject({
      resourceId: '\u0000',
      patientId: undefined,
      outcome: AuditOutcome.Failure,
    });
  });

  it('records an anonymous caller as no actor', async () => {
    await run('read', handled(null), null);
    expect(recorded().actor).toBeNull();
  });

  it('leaves handlers without @Audited alone', async () => {
    await expect(run('unaudited', handled('plain'))).resolves.toBe('plain');
    expect(record).not.toHaveBeenCalled();
  });

  it.each([
    ['NotFoundException', AuditOutcome.NotFound, 404, new NotFoundException()],
    [
      'a not_found DomainError',
      AuditOutcome.NotFound,
      404,
      new DomainError('not_found', 'PATIENT.NOT_FOUND', 'No such patient'),
    ],
    ['ForbiddenException', AuditOutcome.Denied, 403, new ForbiddenException()],
    [
      'a forbidden DomainError',
      AuditOutcome.Denied,
      403,
      new DomainError('forbidden', 'RECORD.NOT_YOURS', 'Not yours'),
    ],
    ['UnauthorizedException', AuditOutcome.Denied, 401, new UnauthorizedException()],
    ['BadRequestException', AuditOutcome.Failure, 400, new BadRequestException()],
    ['an unexpected Error', AuditOutcome.Failure, 500, new Error('boom')],
  ])('records %s as %s (%d) and rethrows the same error', async (_, outcome, status, error) => {
    await expect(run('read', failed(error))).rejects.toBe(error);
    expect(recorded()).toMatchObject({
      outcome,
      resourceId: RECORD_ID,
      patientId: PATIENT_ID,
      detail: { status },
    });
  });

  it('answers only after the success entry is written', async () => {
    const append = deferred();
    record.mockReturnValue(append.promise);
    let answered = false;
    const answer = run('read', handled('body')).then((value) => {
      answered = true;
      return value;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(record).toHaveBeenCalledTimes(1);
    expect(answered).toBe(false);
    append.resolve();
    await expect(answer).resolves.toBe('body');
  });

  it('fails the request when the success entry cannot be written', async () => {
    const outage = new Error('log store down');
    record.mockRejectedValue(outage);
    await expect(run('read', handled('body'))).rejects.toBe(outage);
    expect(recorded().outcome).toBe(AuditOutcome.Success);
  });

  it('keeps the handler’s error when the failure entry cannot be written either', async () => {
    record.mockRejectedValue(new Error('log store down'));
    const notFound = new NotFoundException();
    await expect(run('read', failed(notFound))).rejects.toBe(notFound);
  });
});
