import { CommonErrorCode } from '@healthsync/contracts/common';
import { DomainError } from '@healthsync/domain/errors';

export class DoctorNotFound extends DomainError<CommonErrorCode.NotFound> {
  constructor() {
    super('not_found', CommonErrorCode.NotFound, 'No such doctor.');
  }
}
