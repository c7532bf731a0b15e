// No decorators here: the portal loads this module to batch its list-by-ids requests.
import { MAX_PAGE_SIZE } from './page-limits';

/** How many ids one list-by-ids request (`ids=a,b,…`) may name: one page of the list. */
export const IDS_PER_REQUEST_MAX = MAX_PAGE_SIZE;

/** `ids=a,b` or `ids=a&ids=b` as one list: the `@Transform` of every `ids` filter. */
export const listOfIds = ({ value }: { value: unknown }) =>
  typeof value === 'string' || Array.isArray(value)
    ? [value]
        .flat()
        .flatMap((item) => String(item).split(','))
        .map((id) => id.trim())
        .filter(Boolean)
    : value;
