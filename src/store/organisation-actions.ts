import {
  type Change,
  NAME_MAX_LENGTH,
  organisationIds,
  organisationKey,
  type ProgressStore,
  sanitize,
  type SavedProgress,
  STORAGE_KEY,
  useProgressStore,
  type WholeChange,
} from './progress-store';
import { FACTS, isOrganisationId } from './saved';

/**
 * Adding, naming, removing and importing organisations, and taking changes back: kept beside
 * the list and the dialogs that use them, which load on demand, rather than in the store
 * every page load carries.
 */

/** One organisation of a file being imported, and where it goes. */
export type ImportStep = {
  /** The organisation it replaces, or null to add it as a new one. */
  readonly target: string | null;
  /** The name a new organisation gets (none: "Организация N"). */
  readonly name: string | undefined;
  readonly progress: SavedProgress;
  /** The facts' change times (a file of version 6 and later): then it merges, not replaces. */
  readonly changed?: Readonly<Record<string, number>>;
};

/** How long a removed organisation's data stays saved, so that "Отменить" can bring it back. */
const REMOVAL_SETTLES_MS = 10 * 60 * 1000;

/**
 * The next free organisation id: never one used before, nor one that still has data (a list
 * that could not be read), so no old data is taken for a new organisation's.
 */
function nextId(store: ProgressStore): string {
  const used = [
    ...Object.keys(store.getState().organisations),
    ...Object.keys(store.organisationData.removals()),
  ].map(Number);
  let next = Math.max(0, ...used.filter(Number.isFinite)) + 1;
  while (store.storage.peek(organisationKey(String(next))) !== null) next += 1;
  return String(next);
}

/**
 * Deletes the data of organisations removed long enough ago that no undo can want it. Run
 * whenever organisations are managed: the list shown, one added, removed or imported.
 */
export function settleRemovals(store: ProgressStore = useProgressStore, now = Date.now()): void {
  recoverOrganisations(store);
  const { organisations } = store.getState();
  for (const [id, time] of Object.entries(store.organisationData.removals())) {
    if (time > now - REMOVAL_SETTLES_MS || Object.hasOwn(organisations, id)) continue;
    if (store.storage.peek(organisationKey(id)) !== null)
      store.storage.removeItem(organisationKey(id));
  }
}

const ORGANISATION_KEY = new RegExp(`^${STORAGE_KEY.replace(/[.-]/g, '\\$&')}\\.org\\.(\\d+)$`);

/**
 * Puts back on the list every organisation that has data of its own but is missing from it:
 * a list that could not be read (kept aside and reported) then hides no organisation. Run
 * with `settleRemovals`.
 */
export function recoverOrganisations(store: ProgressStore = useProgressStore): void {
  const removed = store.organisationData.removals();
  const missing: Record<string, number> = {};
  for (const key of store.storage.keys()) {
    const id = key === STORAGE_KEY ? '1' : (ORGANISATION_KEY.exec(key)?.[1] ?? null);
    if (id === null || !isOrganisationId(id) || Object.hasOwn(removed, id)) continue;
    if (!Object.hasOwn(store.getState().organisations, id)) missing[id] = Number(id);
  }
  if (Object.keys(missing).length > 0) {
    store.setState((state) => ({ organisations: { ...state.organisations, ...missing } }));
  }
}

/** Puts a new organisation on the list, without opening it; returns its id. */
function addToList(store: ProgressStore, name?: string): string {
  const id = nextId(store);
  const given = name?.trim().slice(0, NAME_MAX_LENGTH);
  store.setState((state) => ({
    organisations: { ...state.organisations, [id]: Number(id) },
    names: given ? { ...state.names, [id]: given } : state.names,
  }));
  return id;
}

/** Adds an organisation and opens it; returns its id. */
export function addOrganisation(store: ProgressStore = useProgressStore): string {
  // What other tabs added first, so that no number is given twice.
  store.sync();
  settleRemovals(store);
  const id = addToList(store);
  store.getState().openOrganisation(id);
  return id;
}

/** Names an organisation; a blank name gives it back its default name. */
export function renameOrganisation(
  id: string,
  name: string,
  store: ProgressStore = useProgressStore,
): void {
  const text = name.trim().slice(0, NAME_MAX_LENGTH);
  store.setState((state) => {
    if (!Object.hasOwn(state.organisations, id) || (state.names[id] ?? '') === text) return state;
    const { [id]: _previous, ...names } = state.names;
    return { names: text === '' ? names : { ...names, [id]: text } };
  });
}

/**
 * Takes an organisation off the list (never the last one) and opens the first if it was open.
 * Its saved data stays until the removal has long settled, so the change can be taken back.
 */
export function removeOrganisation(
  id: string,
  store: ProgressStore = useProgressStore,
): Change | null {
  settleRemovals(store);
  const state = store.getState();
  const number = state.organisations[id];
  if (number === undefined || Object.keys(state.organisations).length < 2) return null;
  const { [id]: _removed, ...organisations } = state.organisations;
  const { [id]: name, ...names } = state.names;
  store.setState({ organisations, names });
  if (state.organisation === id) {
    store.getState().openOrganisation(organisationIds(store.getState())[0] ?? '1');
  }
  return { facts: [], added: [], removed: [{ id, number, name }], opened: state.organisation };
}

/**
 * Applies the organisations of a file or link: each merges with one here (a file of version 6
 * and later), replaces it (an older file), or is added; returns the change.
 */
export function importOrganisations(
  steps: readonly ImportStep[],
  store: ProgressStore = useProgressStore,
): Change {
  store.sync();
  settleRemovals(store);
  const { read, write, merge } = store.organisationData;
  const opened = store.getState().organisation;
  const facts: WholeChange[] = [];
  const added: string[] = [];
  for (const step of steps) {
    let id = step.target;
    let named: WholeChange['name'];
    if (id === null || !Object.hasOwn(store.getState().organisations, id)) {
      id = addToList(store, step.name);
      added.push(id);
    } else if (step.name && store.getState().names[id] === undefined) {
      // An organisation without a name of its own (a fresh device's first) takes the file's.
      named = { previous: undefined, applied: step.name };
      renameOrganisation(id, step.name, store);
    }
    const previous = read(id);
    let applied: SavedProgress;
    if (step.changed) {
      applied = merge(id, { ...sanitize(step.progress), changed: step.changed });
    } else {
      applied = sanitize(step.progress);
      write(id, applied);
    }
    facts.push({ organisation: id, previous, applied, ...(named ? { name: named } : {}) });
  }
  return { facts, added, removed: [], opened };
}

/**
 * Takes back a reset, an import or a removal. Each fact it set and still as it set it goes
 * back to what it was; what changed since, here or in another tab, stays.
 */
export function undo(change: Change, store: ProgressStore = useProgressStore): void {
  const { read, write } = store.organisationData;
  store.setState((state) => {
    const organisations = { ...state.organisations };
    const names = { ...state.names };
    for (const id of change.added) {
      Reflect.deleteProperty(organisations, id);
      Reflect.deleteProperty(names, id);
    }
    for (const { id, number, name } of change.removed) {
      organisations[id] = number;
      if (name !== undefined && names[id] === undefined) names[id] = name;
    }
    for (const { organisation, name } of change.facts) {
      if (name && names[organisation] === name.applied) {
        if (name.previous === undefined) Reflect.deleteProperty(names, organisation);
        else names[organisation] = name.previous;
      }
    }
    return { organisations, names };
  });
  for (const fact of change.facts) {
    if (!Object.hasOwn(store.getState().organisations, fact.organisation)) continue;
    write(fact.organisation, undoChange(read(fact.organisation), fact));
  }
  const state = store.getState();
  // A removed organisation comes back open if it was; so does the one open before an import.
  if (change.removed.length > 0 || !Object.hasOwn(state.organisations, state.organisation)) {
    if (!state.openOrganisation(change.opened)) {
      state.openOrganisation(organisationIds(state)[0] ?? '1');
    }
  }
}

/**
 * Takes back a reset or an import of one organisation: each fact it set and still as it set it
 * returns to what it was; a fact changed since, here or in another tab, is left as it is now.
 */
function undoChange(current: SavedProgress, change: WholeChange): SavedProgress {
  const result = {} as Record<(typeof FACTS)[number], Record<string, unknown>>;
  for (const fact of FACTS) {
    const now: Readonly<Record<string, unknown>> = current[fact];
    const before: Readonly<Record<string, unknown>> = change.previous[fact];
    const applied: Readonly<Record<string, unknown>> = change.applied[fact];
    const ids = new Set([...Object.keys(now), ...Object.keys(before), ...Object.keys(applied)]);
    const out: Record<string, unknown> = {};
    for (const id of ids) {
      // Set by the change and untouched since: back to what it was.
      const value = now[id] === applied[id] ? before[id] : now[id];
      if (value !== undefined) out[id] = value;
    }
    result[fact] = out;
  }
  return result as unknown as SavedProgress;
}
