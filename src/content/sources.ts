import type { Source } from './types';

/**
 * The public pages the situation check's steps and notes come from, with the day each was
 * read. Titles are the pages' own, shortened; every language shows them as they are.
 */
export const sources = {} satisfies Record<string, Source>;
