export * from './role';
export * from './user';
export * from './user-factory';
export * from './email-address';
export * from './login-lock';
