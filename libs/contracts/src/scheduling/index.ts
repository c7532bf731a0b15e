export * from './appointment-rules';
export * from './appointments.dto';
export * from './doctors.dto';
export * from './schedule-error-codes';
