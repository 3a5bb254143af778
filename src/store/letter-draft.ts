import { NOTE_MAX_LENGTH, useProgressStore } from './progress-store';

/**
 * Sets one field of the letter's draft as typed; a blank field is removed. Kept beside the
 * letter, which loads on demand, rather than in the store every page load carries.
 */
export function setLetterField(field: string, value: string, store = useProgressStore): void {
  const text = value.slice(0, NOTE_MAX_LENGTH);
  store.setState((state) => {
    const { [field]: _previous, ...letter } = state.letter;
    return { letter: text.trim() === '' ? letter : { ...letter, [field]: text } };
  });
}
