/**
 * Where progress is saved in localStorage. The build's inline restoring script, the
 * benchmark and the journeys read it from here too, so a rename reaches all of them.
 *
 * Organisation 1 keeps the key the single procedure had before organisations, so a save made
 * then is organisation 1 without anything moving; every other organisation has a key of its
 * own, and one unreadable organisation never hides the others.
 */
export const STORAGE_KEY = 'its-termination-progress';

/** The list of organisations and the page's language. */
export const ORGANISATIONS_KEY = `${STORAGE_KEY}.organisations`;

/** Where one organisation's progress is saved. */
export const organisationKey = (id: string) =>
  id === '1' ? STORAGE_KEY : `${STORAGE_KEY}.org.${id}`;

/** The page address's query parameter naming the open organisation: `?org=2`. */
export const ORGANISATION_PARAM = 'org';

/** Starts the fragment of a link that carries progress to another device (`progress-link.ts`). */
export const LINK_PREFIX = '#import=';
