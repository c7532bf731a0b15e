import { CommonErrorCode } from '@healthsync/contracts/common';
import { PatientErrorCode, type DuplicateCandidate } from '@healthsync/contracts/patients';
import { DomainError } from '@healthsync/domain/errors';

export class PatientNotFound extends DomainError<CommonErrorCode.NotFound> {
  constructor() {
    super('not_found', CommonErrorCode.NotFound, 'No such patient.');
  }
}

/** Answered as 409 with the `candidates` extension member, so the desk can pick one or confirm a new record. */
export class PossibleDuplicatePatient extends DomainError<PatientErrorCode.PossibleDuplicate> {
  constructor(candidates: DuplicateCandidate[]) {
    super(
      'conflict',
      PatientErrorCode.PossibleDuplicate,
      'A patient with this name and date of birth is already registered; send confirmDuplicate: true to register another.',
      { candidates },
    );
  }
}

export class PatientVersionConflict extends DomainError<CommonErrorCode.VersionConflict> {
  constructor(expectedVersion: number, currentVersion: number) {
    super(
      'conflict',
      CommonErrorCode.VersionConflict,
      `The patient was changed by someone else (version ${currentVersion}, expected ${expectedVersion}); reload and try again.`,
      { expectedVersion, currentVersion },
    );
  }
}

export class MedicalHistoryVersionNotFound extends DomainError<CommonErrorCode.NotFound> {
  constructor() {
    super('not_found', CommonErrorCode.NotFound, 'No such version of the medical history.');
  }
}
