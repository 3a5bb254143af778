import { organisationName } from '../engine/organisations';
import { type FileOrganisation, fileOrganisation } from './progress-file';
import {
  emptySaved,
  organisationIds,
  organisationKey,
  type ProgressStore,
  sanitize,
  type SavedProgress,
  STORAGE_VERSION,
  upgrade,
  useProgressStore,
} from './progress-store';
import { factsOf, isEmpty, isRecord } from './saved';

/** One organisation on this device, read for a list: its name and saved facts. */
export type OrganisationRow = {
  readonly id: string;
  readonly number: number;
  readonly name: string;
  /** Whether the name is its own (given, or the letter's), not "Организация N". */
  readonly named: boolean;
  /** Its facts, or 'unreadable' when its saved data cannot be read (it hides nothing else). */
  readonly facts: SavedProgress | 'unreadable';
  /** Nothing saved and no name given. */
  readonly empty: boolean;
};

/** Any organisation's facts as saved (the open one's as shown), or 'unreadable'. Reports nothing. */
export function peekOrganisation(store: ProgressStore, id: string): SavedProgress | 'unreadable' {
  const state = store.getState();
  if (id === state.organisation) {
    return factsOf(state);
  }
  // What this tab has changed may be more than storage keeps (blocked or full): it is merged.
  if (store.organisationData.known(id)) return store.organisationData.read(id);
  const raw = store.storage.peek(organisationKey(id));
  if (raw === null) return emptySaved();
  // The same text read again gives the same facts, parsed once, so their counts are kept too.
  const known = readTexts.get(id);
  if (known?.raw === raw) return known.facts;
  const facts = parse(raw);
  readTexts.set(id, { raw, facts });
  return facts;
}

const readTexts = new Map<string, { raw: string; facts: SavedProgress | 'unreadable' }>();

function parse(raw: string): SavedProgress | 'unreadable' {
  try {
    const saved: unknown = JSON.parse(raw);
    if (!isRecord(saved) || !isRecord(saved.state) || typeof saved.version !== 'number') {
      return 'unreadable';
    }
    return sanitize(upgrade(saved.state, Math.min(saved.version, STORAGE_VERSION)));
  } catch {
    return 'unreadable';
  }
}

/** Every organisation on this device, in order, with its facts read from storage. */
export function readOrganisations(
  defaultName: (number: number) => string,
  store: ProgressStore = useProgressStore,
): OrganisationRow[] {
  const state = store.getState();
  return organisationIds(state).map((id) => {
    const facts = peekOrganisation(store, id);
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
    const fromLetter = facts === 'unreadable' ? undefined : facts.letter.organisation;
    return {
      id,
      number,
      name,
      named: Boolean(given?.trim() || fromLetter?.trim()),
      facts,
      empty: facts !== 'unreadable' && isEmpty(facts) && given === undefined,
    };
  });
}

/** Organisations as a file holds them, with their change times: those whose data can be read. */
export function fileOrganisations(
  ids: readonly string[],
  store: ProgressStore = useProgressStore,
): FileOrganisation[] {
  const state = store.getState();
  return ids.flatMap((id) => {
    if (peekOrganisation(store, id) === 'unreadable') return [];
    const synced = store.organisationData.synced(id);
    return [fileOrganisation(state.organisations[id] ?? 1, state.names[id], synced)];
  });
}
