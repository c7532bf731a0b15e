import { CommonErrorCode } from '@healthsync/contracts/common';

interface DatabaseFailure {
  status: number;
  code: CommonErrorCode;
  detail: string;
}

/**
 * PostgreSQL SQLSTATEs a client can cause or retry, with a message that names no table, column or
 * SQL. Anything else is a server fault (500).
 */
const KNOWN_SQLSTATES: Record<string, DatabaseFailure> = {
  '23505': {
    status: 409,
    code: CommonErrorCode.Conflict,
    detail: 'A record with the same unique value already exists.',
  },
  '23P01': {
    status: 409,
    code: CommonErrorCode.Conflict,
    detail: 'The request overlaps an existing record.',
  },
  '23503': {
    status: 409,
    code: CommonErrorCode.Conflict,
    detail: 'The request refers to a record that does not exist or is still in use.',
  },
  '23514': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    detail: 'A value is outside the allowed range.',
  },
  '22P02': { status: 400, code: CommonErrorCode.ValidationFailed, detail: 'A value has the wrong format.' },
  '22003': { status: 400, code: CommonErrorCode.ValidationFailed, detail: 'A number is out of range.' },
  '22007': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    detail: 'A date or time has the wrong format.',
  },
  '22008': { status: 400, code: CommonErrorCode.ValidationFailed, detail: 'A date or time is out of range.' },
  '22021': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    detail: 'A value contains a character that cannot be stored.',
  },
  '22P05': {
    status: 400,
    code: CommonErrorCode.ValidationFailed,
    detail: 'A value contains a character that cannot be stored.',
  },
  '22001': { status: 400, code: CommonErrorCode.ValidationFailed, detail: 'A value is too long.' },
  '40001': {
    status: 409,
    code: CommonErrorCode.VersionConflict,
    detail: 'The record changed while the request ran; try again.',
  },
  '40P01': {
    status: 409,
    code: CommonErrorCode.VersionConflict,
    detail: 'The record changed while the request ran; try again.',
  },
};

function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate =
    (error as { driverError?: { code?: unknown }; code?: unknown }).driverError?.code ??
    (error as { code?: unknown }).code;
  return typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate) ? candidate : undefined;
}

/** The client-facing meaning of a database error, or undefined when it is the server's fault. */
export function describeDatabaseError(error: unknown): DatabaseFailure | undefined {
  const state = sqlState(error);
  return state ? KNOWN_SQLSTATES[state] : undefined;
}
