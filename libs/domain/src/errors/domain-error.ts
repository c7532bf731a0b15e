/**
 * What went wrong, in terms a caller can act on; only the API's exception filter turns a kind
 * into an HTTP status, so the domain never knows about HTTP.
 */
export type DomainErrorKind =
  'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'unprocessable' | 'unavailable';

/** A rule of the domain was broken: carries a stable code (`APPOINTMENT.SLOT_UNAVAILABLE`). */
export class DomainError<C extends string = string> extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
