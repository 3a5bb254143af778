import { organisationName } from '../../engine/organisations';
import type { FileOrganisation } from '../../store/progress-file';
import {
  organisationIds,
  type ProgressStore,
  type SavedProgress,
  useProgressStore,
} from '../../store/progress-store';
import { isEmpty } from '../../store/saved';

/** One organisation on this device, read for a list: its name and saved facts. */
export type OrganisationRow = {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  /** Its facts, or 'unreadable' when its saved data cannot be read (it hides nothing else). */
  readonly facts: SavedProgress | 'unreadable';
  /** Nothing saved and no name given. */
  readonly empty: boolean;
};

/** Every organisation on this device, in order, with its facts read from storage. */
export function readOrganisations(
  defaultName: (number: number) => string,
  store: ProgressStore = useProgressStore,
): OrganisationRow[] {
  const state = store.getState();
  return organisationIds(state).map((id) => {
    const facts = store.peekOrganisation(id);
    const number = state.organisations[id] ?? 1;
    const given = state.names[id];
    const name = organisationName(
      {
        id,
        number,
        given,
        fromLetter: facts === 'unreadable' ? undefined : facts.letter.organisation,
      },
      defaultName,
    );
    return {
      id,
      number,
      name,
      facts,
      empty: facts !== 'unreadable' && isEmpty(facts) && given === undefined,
    };
  });
}

/** Organisations as a file holds them: those whose data can be read. */
export function fileOrganisations(
  ids: readonly string[],
  store: ProgressStore = useProgressStore,
): FileOrganisation[] {
  const state = store.getState();
  return ids.flatMap((id) => {
    const facts = store.peekOrganisation(id);
    if (facts === 'unreadable') return [];
    const name = state.names[id];
    return [{ number: state.organisations[id] ?? 1, ...(name ? { name } : {}), progress: facts }];
  });
}
