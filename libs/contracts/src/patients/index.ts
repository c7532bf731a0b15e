export * from './medical-history.dto';
export * from './patient-rules';
export * from './patients.dto';
export * from './patients.responses';
