export * from './auth-error-codes';
export * from './auth.dto';
export * from './auth.responses';
export * from './password-rules';
export * from './roles';
