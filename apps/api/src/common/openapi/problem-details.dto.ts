import { ApiProperty } from '@nestjs/swagger';

import type { FieldError, ProblemDetails } from '@healthsync/contracts/common';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email' })
  message!: string;
}

/** The OpenAPI shape of every error answer (RFC 9457). */
export class ProblemDetailsDto implements ProblemDetails {
  [extension: string]: unknown;

  @ApiProperty({
    example: 'urn:healthsync:problem:request.validation_failed',
    description: 'Identifies the kind of problem.',
  })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiProperty({ example: 'The request has invalid fields.' })
  detail!: string;

  @ApiProperty({ example: '/api/v1/patients', required: false })
  instance?: string;

  @ApiProperty({ example: 'REQUEST.VALIDATION_FAILED', description: 'Stable machine-readable code.' })
  code!: string;

  @ApiProperty({
    example: '5f0c2a3e-8d7b-4c1e-9a57-0b1f6f3c2d10',
    description: 'Also sent as the X-Request-Id header.',
  })
  requestId!: string;

  @ApiProperty({ type: [FieldErrorDto], required: false, description: 'Present for validation failures.' })
  errors?: FieldErrorDto[];
}
