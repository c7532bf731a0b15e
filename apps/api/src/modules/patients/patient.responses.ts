import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  ALLERGY_SEVERITIES,
  Sex,
  type Address,
  type Allergy,
  type AllergySeverity,
  type DuplicateCandidate,
  type EmergencyContact,
  type HistoryAuthor,
  type Insurance,
  type MedicalHistoryVersionSummary,
  type MedicalHistoryView,
  type Medication,
  type PastSurgery,
  type PossibleDuplicateProblem,
  type PatientSummary,
  type PatientView,
} from '@healthsync/contracts/patients';

import { ProblemDetailsDto } from '../../common/openapi/problem-details.dto';
import { PageDto } from '../../common/openapi/page.dto';

/** A page of `item`s, the answer of a list endpoint; `totalExample` documents `total`. */
export class AddressViewDto implements Address {
  @ApiProperty({ example: '221B Baker Street' })
  line1!: string;

  @ApiProperty({ type: String, nullable: true })
  line2!: string | null;

  @ApiProperty({ example: 'London' })
  city!: string;

  @ApiProperty({ type: String, nullable: true, example: 'NW1 6XE' })
  postcode!: string | null;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2.', example: 'GB' })
  country!: string;
}

export class EmergencyContactViewDto implements EmergencyContact {
  @ApiProperty({ example: 'Sam Rivera' })
  name!: string;

  @ApiProperty({ example: 'spouse' })
  relationship!: string;

  @ApiProperty({ example: '+44 20 7946 0002' })
  phone!: string;
}

export class InsuranceViewDto implements Insurance {
  @ApiProperty({ example: 'Techniker Krankenkasse' })
  payer!: string;

  @ApiProperty({ example: 'A123456789' })
  memberId!: string;
}

/** Who a patient is: enough to tell one from another. */
export class DuplicateCandidateDto implements DuplicateCandidate {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Medical record number.', example: 'MRN-000123' })
  mrn!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty({ format: 'date', example: '1985-04-12' })
  dateOfBirth!: string;
}

export class PatientSummaryDto extends DuplicateCandidateDto implements PatientSummary {
  @ApiProperty({ enum: Sex, enumName: 'Sex' })
  sex!: Sex;

  @ApiProperty({ nullable: true, type: String })
  phone!: string | null;

  @ApiProperty({ description: 'Whether the patient has a portal account.' })
  hasAccount!: boolean;
}

export class PatientDto extends PatientSummaryDto implements PatientView {
  @ApiProperty({ format: 'email', nullable: true, type: String })
  email!: string | null;

  @ApiProperty({ type: AddressViewDto, nullable: true })
  address!: AddressViewDto | null;

  @ApiProperty({ type: EmergencyContactViewDto, nullable: true })
  emergencyContact!: EmergencyContactViewDto | null;

  @ApiProperty({ type: InsuranceViewDto, nullable: true })
  insurance!: InsuranceViewDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'BCP 47 language tag.', example: 'en' })
  preferredLanguage!: string | null;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Send it back with a change; a change based on an older version answers 409.',
  })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class PatientPageDto extends PageDto(PatientSummaryDto, 42) {}

/** The 409 of a registration that looks like a patient already on file. */
export class PossibleDuplicateProblemDto extends ProblemDetailsDto implements PossibleDuplicateProblem {
  @ApiProperty({
    type: [DuplicateCandidateDto],
    description:
      'Patients with the same name and date of birth; resend with `confirmDuplicate: true` to register anyway.',
  })
  candidates!: DuplicateCandidateDto[];
}

export class AllergyViewDto implements Allergy {
  @ApiProperty({ example: 'penicillin' })
  substance!: string;

  @ApiProperty({ type: String, nullable: true, example: 'hives' })
  reaction!: string | null;

  @ApiProperty({ enum: ALLERGY_SEVERITIES, enumName: 'AllergySeverity' })
  severity!: AllergySeverity;
}

export class PastSurgeryViewDto implements PastSurgery {
  @ApiProperty({ example: 'appendectomy' })
  procedure!: string;

  @ApiProperty({ type: 'integer', nullable: true, example: 2009 })
  year!: number | null;
}

export class MedicationViewDto implements Medication {
  @ApiProperty({ example: 'metformin' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: '500 mg' })
  dose!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'twice daily' })
  frequency!: string | null;
}

export class HistoryAuthorDto implements HistoryAuthor {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The author’s user id; only for staff readers, never for the patient.',
  })
  id?: string;

  @ApiProperty({ type: String, nullable: true, example: 'Dana Okafor' })
  name!: string | null;
}

export class MedicalHistoryViewDto implements MedicalHistoryView {
  @ApiProperty({ format: 'uuid' })
  patientId!: string;

  @ApiProperty({
    type: 'integer',
    example: 2,
    description:
      '0 when nothing has been recorded yet (every section is then empty); send it as `expectedVersion` with the next write.',
  })
  version!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When this version was written.',
  })
  recordedAt!: string | null;

  @ApiProperty({ type: HistoryAuthorDto, nullable: true, description: 'Who wrote this version.' })
  author!: HistoryAuthorDto | null;

  @ApiProperty({ type: [AllergyViewDto] })
  allergies!: AllergyViewDto[];

  @ApiProperty({ type: [String], example: ['type 2 diabetes'] })
  chronicConditions!: string[];

  @ApiProperty({ type: [PastSurgeryViewDto] })
  pastSurgeries!: PastSurgeryViewDto[];

  @ApiProperty({ type: [String], example: ['mother: hypertension'] })
  familyHistory!: string[];

  @ApiProperty({ type: [MedicationViewDto] })
  currentMedications!: MedicationViewDto[];
}

export class MedicalHistoryVersionDto implements MedicalHistoryVersionSummary {
  @ApiProperty({ type: 'integer', example: 2 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: HistoryAuthorDto, nullable: true })
  author!: HistoryAuthorDto | null;
}

export class MedicalHistoryVersionPageDto extends PageDto(MedicalHistoryVersionDto, 2) {}
