/**
 * Where progress is saved in localStorage. The build's inline restoring script, the
 * benchmark and the journeys read it from here too, so a rename reaches all of them.
 */
export const STORAGE_KEY = 'its-termination-progress';
