import { ApiProperty } from '@nestjs/swagger';

import type { PatientEntity } from './patient.entity';

export class PatientDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty({ format: 'date', example: '1985-04-12' })
  dateOfBirth!: string;

  @ApiProperty({ nullable: true, type: String })
  phone!: string | null;

  @ApiProperty({ format: 'email', nullable: true, type: String })
  email!: string | null;

  @ApiProperty({ description: 'Whether the patient has a portal account.' })
  hasAccount!: boolean;
}

export function toPatientDto(patient: PatientEntity): PatientDto {
  return {
    id: patient.id,
    firstName: patient.firstName,
    lastName: patient.lastName,
    dateOfBirth: patient.dateOfBirth,
    phone: patient.phone,
    email: patient.email,
    hasAccount: patient.userId !== null,
  };
}
