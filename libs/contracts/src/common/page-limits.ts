// No decorators here: the portal loads this module, and class-validator's need reflect-metadata.

/** Most items one page of a list holds (`limit`). */
export const MAX_PAGE_SIZE = 100;

/** Items a page holds when the request names no `limit`. */
export const DEFAULT_PAGE_SIZE = 20;

/** Highest page number a list request may ask for (`page`). */
export const MAX_PAGE = 10_000;
