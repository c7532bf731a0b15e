import { Foundation1795600000000 } from './1795600000000-foundation';

/** Every migration in order. The bundled API cannot glob files, so each new migration is added here. */
export const MIGRATIONS = [Foundation1795600000000];
