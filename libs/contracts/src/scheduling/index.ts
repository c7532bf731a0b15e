export * from './appointments.dto';
export * from './doctors.dto';
