import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Language } from '../content/types';
import { afterPaint } from './after-paint';
import { DEVICE_KEY, type Device, newDeviceId, parseDevice } from './device';
import { createSafeStorage } from './safe-storage';
import {
  type Change,
  emptySaved,
  FACTS,
  factsOf,
  firstList,
  isEmpty,
  isRecord,
  mergeList,
  mergeSynced,
  packFacts,
  unpackFacts,
  NOTE_MAX_LENGTH,
  type OrganisationList,
  sameFacts,
  sameList,
  sameSynced,
  sanitize,
  sanitizeList,
  sanitizeSynced,
  DEVICE_NAME_MAX_LENGTH,
  stampChanges,
  stampList,
  type SavedProgress,
  type SyncedFacts,
  type SyncedList,
} from './saved';
import { ORGANISATION_PARAM, ORGANISATIONS_KEY, organisationKey, STORAGE_KEY } from './storage-key';

export {
  type Change,
  emptySaved,
  factsOf,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  sanitize,
  type SavedProgress,
  type WholeChange,
} from './saved';
export { ORGANISATIONS_KEY, organisationKey, STORAGE_KEY } from './storage-key';

export type ProgressState = SavedProgress &
  OrganisationList & {
    /** The open organisation: the facts above are its. */
    organisation: string;
    /**
     * An organisation the page's address named that is not on this device (never added here,
     * or removed in another tab): the page says so and has opened another.
     */
    missing: string | null;
    /** Counts changes other tabs made to organisations not open here. */
    elsewhere: number;
    /** This device: who ticks here, when progress was last copied out. Saved on its own. */
    device: Device;
    /** Names who ticks and notes on this device ('' for no one). */
    setDeviceName: (name: string) => void;
    /** Ticks or unticks one item; ticking again keeps the first tick time. */
    toggleItem: (itemId: string, ticked: boolean) => void;
    chooseOption: (sectionId: string, optionId: string) => void;
    /** Sets an item's note as typed; an empty note removes it. */
    setNote: (itemId: string, note: string) => void;
    /** Clears the open organisation's progress; returns the change, so that it can be taken back. */
    resetProgress: () => Change;
    /** Replaces the open organisation's progress (an imported file); returns the change. */
    replaceProgress: (progress: SavedProgress) => Change;
    setLanguage: (language: Language) => void;
    /** Gives a situation answer (a saved key and its value), or takes it back with null. */
    setAnswer: (key: string, value: string | null) => void;
    /** Takes back every situation answer; ticks of the steps they added are kept. */
    clearAnswers: () => void;
    /** Opens an organisation of the list; false when there is no such organisation. */
    openOrganisation: (id: string) => boolean;
    /** The person has read that the address's organisation is not here. */
    dismissMissing: () => void;
  };

/** What the store hands to storage: the open organisation's facts and the list. */
type PersistedState = SavedProgress & OrganisationList & { readonly organisation: string };

export const STORAGE_VERSION = 5;

/** One step per released version: `steps[n]` turns a version-n save into version n + 1. */
const steps: Readonly<Record<number, (saved: Record<string, unknown>) => Record<string, unknown>>> =
  {
    // Version 1 had ticks and choices; version 2 adds notes.
    1: (saved) => ({ ...saved, notes: {} }),
    // Version 3 adds the letter's draft and version 4 the situation answers: `sanitize` gives
    // older saves empty ones. Version 5 keeps organisations; the save of version 4 and
    // before is organisation 1, and its language moves to the organisation list.
  };

/** A saved organisation of any version, read back: packed from version 5 on. */
export const upgrade = (persisted: unknown, version: number): SyncedFacts =>
  version >= 5 ? unpackFacts(persisted) : upgradeFlat(persisted, version);

/** Brings facts listed one by one (a save before version 5, a file) up to date, step by step. */
function upgradeFlat(persisted: unknown, version: number): SyncedFacts {
  let value = isRecord(persisted) ? persisted : {};
  for (let from = Math.max(1, version); from < STORAGE_VERSION; from += 1) {
    const step = steps[from];
    if (step) value = step(value);
  }
  // The change times pass through: saves from before them have none.
  return sanitizeSynced(value);
}

/** The facts of an exported file (or a save before version 5), in the current shape. */
export const migrate = (persisted: unknown, version: number): SavedProgress =>
  sanitize(upgradeFlat(persisted, version));

/** The organisations of a list in their order: by number, then id. */
export const organisationIds = (list: Pick<OrganisationList, 'organisations'>): string[] =>
  Object.keys(list.organisations).sort(
    (a, b) => (list.organisations[a] ?? 0) - (list.organisations[b] ?? 0) || Number(a) - Number(b),
  );

const listOf = (state: OrganisationList): OrganisationList => ({
  organisations: state.organisations,
  names: state.names,
  language: state.language,
});

const persistedOf = (state: PersistedState): PersistedState => ({
  ...factsOf(state),
  ...listOf(state),
  organisation: state.organisation,
});

const REMOVED = 'organisations:';
const FACT_NAMES: readonly (typeof FACTS)[number][] = FACTS;
const LIST_NAMES = ['organisations', 'names', 'language'] as const;

/** Whether two states hold the very same objects under these names. */
const sameObjects = <K extends string>(
  a: Readonly<Record<K, unknown>>,
  b: Readonly<Record<K, unknown>>,
  names: readonly K[],
) => names.every((name) => a[name] === b[name]);

export type StoreOptions = {
  now?: () => number;
  /** The organisation the page's address names, if any. */
  address?: () => string | null;
  /**
   * When a change is saved: at once unless told otherwise. The page saves after the next paint
   * (`afterPaint`), so that a tick's frame holds only the tick.
   */
  schedule?: (save: () => void) => void;
};

export function createProgressStore(
  getStorage: () => Storage,
  options: StoreOptions | (() => number) = {},
) {
  const {
    now = Date.now,
    address = () => null,
    schedule = (save: () => void) => {
      save();
    },
  } = typeof options === 'function' ? { now: options } : options;
  const safe = createSafeStorage<unknown>(getStorage, STORAGE_VERSION);
  /** What this tab last read from storage or wrote there, by organisation. */
  const bases = new Map<string, SyncedFacts>();
  /** The list as this tab last read or wrote it. */
  let listBase: SyncedList = firstList();
  /** The list as the store showed it after the last save. */
  let shownList: OrganisationList = listOf(listBase);
  /**
   * Set when the next save must read back and merge everything: another tab's save is being
   * taken in, or an older save is being written again in the current shape.
   */
  let readBack = false;

  /** Web Storage answers at once: never a promise. */
  const get = (key: string) => safe.getItem(key) as StorageValue<unknown> | null;
  const readFacts = (id: string) => {
    const stored = get(organisationKey(id));
    if (!stored) return null;
    const version = stored.version ?? STORAGE_VERSION;
    return {
      facts: upgrade(stored.state, version),
      current: version === STORAGE_VERSION,
      language: isRecord(stored.state) && stored.state.language === 'en' ? 'en' : 'ru',
    } as const;
  };
  const readList = () => {
    const stored = get(ORGANISATIONS_KEY);
    return stored
      ? { list: sanitizeList(stored.state), current: stored.version === STORAGE_VERSION }
      : null;
  };

  /**
   * Writes one organisation's facts, merged with what storage holds now, so a write never
   * erases what another tab saved since this one last looked. Returns the merged facts.
   */
  const writeFacts = (id: string, next: SavedProgress): SyncedFacts =>
    writeSynced(id, stampChanges(bases.get(id) ?? sanitizeSynced(undefined), next, now()));
  /** Writes facts that carry their change times already, merged with what storage holds. */
  const writeSynced = (id: string, mine: SyncedFacts): SyncedFacts => {
    const stored = readFacts(id);
    const merged = stored ? mergeSynced(mine, stored.facts) : mine;
    const needed = stored
      ? !stored.current || !sameSynced(merged, stored.facts)
      : !isEmpty(merged) || Object.keys(merged.changed).length > 0;
    if (needed) {
      safe.setItem(organisationKey(id), { state: packFacts(merged), version: STORAGE_VERSION });
    }
    bases.set(id, merged);
    return merged;
  };
  const writeList = (next: OrganisationList): SyncedList => {
    const mine = stampList(listBase, next, now());
    const stored = readList();
    const merged = stored ? mergeList(mine, stored.list) : mine;
    const needed = stored
      ? !stored.current || !sameList(merged, stored.list)
      : !sameList(merged, firstList(merged.language)) || merged.language !== 'ru';
    if (needed) safe.setItem(ORGANISATIONS_KEY, { state: merged, version: STORAGE_VERSION });
    listBase = merged;
    return merged;
  };

  /**
   * Every write goes to the open organisation's key and to the list; what the merge brings in
   * from other tabs is shown here at once.
   */
  const storage: PersistStorage<PersistedState> = {
    getItem: () => {
      // Everything is read anew from storage, as a new page would.
      bases.clear();
      const stored = readList();
      // Before organisations there was no list: organisation 1 alone, in its save's language.
      const first = stored ? null : readFacts('1');
      listBase = stored?.list ?? firstList(first?.language);
      if (Object.keys(listBase.organisations).length === 0) {
        listBase = { ...listBase, organisations: firstList().organisations };
      }
      const wanted = address();
      const known = wanted !== null && Object.hasOwn(listBase.organisations, wanted);
      const open = known ? wanted : (organisationIds(listBase)[0] ?? '1');
      const facts = (open === '1' && first) || readFacts(open);
      bases.set(open, facts?.facts ?? sanitizeSynced(undefined));
      const current = (stored?.current ?? !first) && (facts?.current ?? true);
      shownList = listOf(listBase);
      readBack = !current;
      return {
        state: {
          ...factsOf(bases.get(open) ?? sanitizeSynced(undefined)),
          ...listOf(listBase),
          organisation: open,
          ...(wanted !== null && !known ? { missing: wanted } : {}),
        },
        // An older save is written back in the current shape at once.
        version: current ? STORAGE_VERSION : 0,
      };
    },
    removeItem: () => {},
    setItem: (_name, value) => {
      const state = value.state;
      const following = readBack;
      readBack = false;
      // What this tab has not changed since it last saved is not read back, merged or written
      // again (a tick leaves the list alone; opening an organisation saves nothing), unless
      // another tab's save is being taken in.
      const base = bases.get(state.organisation);
      const factsKept = !following && base !== undefined && sameObjects(state, base, FACT_NAMES);
      const listKept = !following && sameObjects(state, shownList, LIST_NAMES);
      const facts = factsKept ? base : writeFacts(state.organisation, state);
      const list = listKept ? listBase : writeList(state);
      const patch: Partial<ProgressState> = {};
      if (!factsKept) {
        if (!sameFacts(facts, state)) Object.assign(patch, factsOf(facts));
        // Nothing came in: the store's own objects stand for what was saved.
        else bases.set(state.organisation, { ...factsOf(state), changed: facts.changed });
      }
      if (!listKept && !sameList(list, { ...listOf(state), changed: list.changed })) {
        Object.assign(patch, listOf(list));
      }
      shownList = 'organisations' in patch ? listOf(list) : listOf(state);
      if (Object.keys(patch).length > 0) store.setState(patch);
      // Removed in another tab (not here, where the removal opens another itself): the page
      // says so and opens the first organisation.
      const open = state.organisation;
      if (!Object.hasOwn(list.organisations, open) && Object.hasOwn(state.organisations, open)) {
        const first = organisationIds(list)[0];
        if (first) {
          store.getState().openOrganisation(first);
          store.setState({ missing: state.organisation });
        }
      }
    },
  };

  /** The change that waits to be saved: the store as it was last set. */
  let waiting: StorageValue<PersistedState> | null = null;
  /** Set while a save runs: what it shows (another tab's changes) is saved with it, at once. */
  let saving = false;
  const save = (value: StorageValue<PersistedState>) => {
    waiting = null;
    saving = true;
    try {
      storage.setItem(STORAGE_KEY, value);
    } finally {
      saving = false;
    }
  };
  /** Saves the change that waits, if any. */
  const flush = () => {
    if (waiting) save(waiting);
  };
  /** What persist is given: each change is saved when `schedule` says, several as one. */
  const scheduled: PersistStorage<PersistedState> = {
    getItem: storage.getItem,
    removeItem: storage.removeItem,
    setItem: (name, value) => {
      if (saving) {
        storage.setItem(name, value);
        return;
      }
      const first = waiting === null;
      waiting = value;
      if (first) schedule(flush);
    },
  };

  /**
   * An organisation's facts: what storage holds merged with what this tab knows of it, which is
   * all there is when storage refuses to keep it (blocked, full, or a newer version's).
   */
  const latest = (id: string): SyncedFacts => {
    // A change that waits is saved first: it is part of what this tab knows.
    flush();
    const stored = readFacts(id)?.facts;
    const known = bases.get(id);
    return stored && known
      ? mergeSynced(known, stored)
      : (stored ?? known ?? sanitizeSynced(undefined));
  };
  /** Sets the facts of any organisation, open or not. */
  const setFactsOf = (id: string, next: SavedProgress) => {
    if (id === store.getState().organisation) {
      store.setState(factsOf(next));
      return;
    }
    bases.set(id, latest(id));
    writeFacts(id, next);
  };
  const savedFactsOf = (id: string): SavedProgress => {
    const state = store.getState();
    return id === state.organisation ? factsOf(state) : factsOf(latest(id));
  };
  /** Takes in what another tab saved, and saves what this tab knows that storage lacks. */
  const sync = () => {
    readBack = true;
    save({ state: persistedOf(store.getState()), version: STORAGE_VERSION });
  };

  const readDevice = () => parseDevice(safe.peek(DEVICE_KEY));
  /** Saves a change to this device's own record, and shows it. */
  const writeDevice = (patch: Partial<Device>) => {
    const saved = safe.peek(DEVICE_KEY);
    // Storage that refuses: what this tab knows stands.
    const device = { ...(saved === null ? store.getState().device : parseDevice(saved)), ...patch };
    safe.setItem(DEVICE_KEY, { state: device, version: 1 });
    store.setState({ device });
  };
  /** This device's id, made and saved the first time a file or link needs it. */
  const deviceId = () => {
    const id = readDevice().id || store.getState().device.id;
    if (id) return id;
    const made = newDeviceId();
    writeDevice({ id: made });
    // Storage that refuses keeps the id for this tab.
    return made;
  };

  const store = create<ProgressState>()(
    persist<ProgressState, [], [], PersistedState>(
      (set, get) => ({
        ...emptySaved(),
        ...listOf(firstList()),
        organisation: '1',
        missing: null,
        elsewhere: 0,
        device: readDevice(),
        setDeviceName: (name) => {
          const text = name.slice(0, DEVICE_NAME_MAX_LENGTH);
          if (text !== get().device.name) writeDevice({ name: text });
        },
        toggleItem: (itemId, ticked) => {
          set((state) => {
            if (ticked === Object.hasOwn(state.ticks, itemId)) return state;
            const tickedBy = by(state.tickedBy, itemId, ticked ? state.device.name : '');
            if (ticked) return { ticks: { ...state.ticks, [itemId]: now() }, tickedBy };
            const { [itemId]: _unticked, ...ticks } = state.ticks;
            return { ticks, tickedBy };
          });
        },
        chooseOption: (sectionId, optionId) => {
          set((state) =>
            state.choices[sectionId] === optionId
              ? state
              : { choices: { ...state.choices, [sectionId]: optionId } },
          );
        },
        setNote: (itemId, note) => {
          const text = note.slice(0, NOTE_MAX_LENGTH);
          set((state) => {
            if ((state.notes[itemId] ?? '') === text) return state;
            const { [itemId]: _previous, ...notes } = state.notes;
            const notedBy = by(state.notedBy, itemId, text === '' ? '' : state.device.name);
            return { notes: text === '' ? notes : { ...notes, [itemId]: text }, notedBy };
          });
        },
        resetProgress: () => get().replaceProgress(emptySaved()),
        replaceProgress: (progress) => {
          const { organisation } = get();
          const applied = sanitize(progress);
          const change: Change = {
            facts: [{ organisation, previous: factsOf(get()), applied }],
            added: [],
            removed: [],
            opened: organisation,
          };
          set(applied);
          // A reset or an import is saved at once, not after the next paint.
          flush();
          return change;
        },
        setLanguage: (language) => {
          set({ language });
        },
        setAnswer: (key, value) => {
          set((state) => {
            if ((state.answers[key] ?? null) === value) return state;
            const { [key]: _previous, ...answers } = state.answers;
            return { answers: value === null ? answers : { ...answers, [key]: value } };
          });
        },
        clearAnswers: () => {
          set((state) => (Object.keys(state.answers).length === 0 ? state : { answers: {} }));
        },
        openOrganisation: (id) => {
          const state = get();
          if (!Object.hasOwn(state.organisations, id)) return false;
          if (id === state.organisation) return true;
          // A message about another organisation's unreadable data no longer applies.
          safe.dismiss();
          const facts = latest(id);
          bases.set(id, facts);
          set({ ...factsOf(facts), organisation: id, missing: null });
          return true;
        },
        dismissMissing: () => {
          set({ missing: null });
        },
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: scheduled,
        partialize: persistedOf,
        // `getItem` has brought every save up to date already.
        migrate: (persisted) => persisted as PersistedState,
      },
    ),
  );

  return Object.assign(store, {
    storage: safe,
    sync,
    /** Saves at once the change that waits for the next paint, if any. */
    flush,
    /** This device's own record: its changes, its id. */
    device: {
      write: writeDevice,
      id: deviceId,
      /** Shows what another tab saved of this device. */
      follow: () => {
        store.setState({ device: readDevice() });
      },
    },
    /** What the actions on organisations (organisation-actions.ts) need of the store. */
    organisationData: {
      read: savedFactsOf,
      write: setFactsOf,
      /** An organisation's facts with the time each changed: what a file or link carries. */
      synced: latest,
      /**
       * Merges facts from a file or link into an organisation, each keeping its own change
       * time, so that merging again, or in another order, gives the same. Returns the result.
       */
      merge: (id: string, incoming: SyncedFacts): SavedProgress => {
        const merged = writeSynced(id, mergeSynced(latest(id), incoming));
        if (id === store.getState().organisation) store.setState(factsOf(merged));
        return factsOf(merged);
      },
      /** Organisations taken off the list (here or in another tab), with when. */
      removals: (): Record<string, number> => {
        // A removal that waits is saved first.
        flush();
        return Object.fromEntries(
          Object.entries(listBase.changed)
            .filter(([key]) => key.startsWith(REMOVED))
            .map(([key, time]) => [key.slice(REMOVED.length), time]),
        );
      },
      /** Whether this tab has read or written the organisation (it then knows more than storage may). */
      known: (id: string) => bases.has(id),
    },
    subscribeItem: createItemChannel(store),
  });
}

/** Ids whose value differs between two saved records. */
function changedKeys(
  next: Readonly<Record<string, unknown>>,
  previous: typeof next,
  into: Set<string>,
) {
  if (next === previous) return;
  for (const key in next) if (next[key] !== previous[key]) into.add(key);
  for (const key in previous) if (!Object.hasOwn(next, key)) into.add(key);
}

/**
 * Subscriptions by item: a tick or a note notifies the subscribers of that item only, so the
 * cost of a tick does not grow with the number of cards on the page.
 */
function createItemChannel(store: {
  subscribe: (listener: (state: SavedProgress, previous: SavedProgress) => void) => () => void;
}) {
  const listeners = new Map<string, Set<() => void>>();
  store.subscribe((state, previous) => {
    const changed = new Set<string>();
    changedKeys(state.ticks, previous.ticks, changed);
    changedKeys(state.notes, previous.notes, changed);
    for (const id of changed) {
      listeners.get(id)?.forEach((listener) => {
        listener();
      });
    }
  });
  return (itemId: string) => (listener: () => void) => {
    let forItem = listeners.get(itemId);
    if (!forItem) {
      forItem = new Set();
      listeners.set(itemId, forItem);
    }
    forItem.add(listener);
    return () => {
      forItem.delete(listener);
    };
  };
}

/** `record` with `id` set to `name`, or without it when `name` is blank: the same object if so already. */
function by(record: Readonly<Record<string, string>>, id: string, name: string) {
  const text = name.trim();
  if ((record[id] ?? '') === text) return record;
  const { [id]: _previous, ...rest } = record;
  return text === '' ? rest : { ...rest, [id]: text };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** The organisation the page's address names: `?org=2`. */
export const organisationInAddress = (search: string): string | null =>
  new URLSearchParams(search).get(ORGANISATION_PARAM);

export const useProgressStore = createProgressStore(() => window.localStorage, {
  address: () =>
    typeof window === 'undefined' ? null : organisationInAddress(window.location.search),
  schedule: afterPaint,
});

// Other tabs are followed from the start, before this tab writes anything; what waits to be
// saved is saved before the page is left.
if (typeof window !== 'undefined') {
  followOtherTabs(useProgressStore);
  saveOnLeave(useProgressStore);
}

/**
 * Saves the change that waits for the next paint as soon as the page is hidden or left (a tab
 * closed, switched away from, reloaded), so that no tick is lost. Returns the function that stops.
 */
export function saveOnLeave(store: ProgressStore, target: Window = window): () => void {
  const onHidden = () => {
    if (target.document.visibilityState === 'hidden') store.flush();
  };
  const onLeave = () => {
    store.flush();
  };
  target.document.addEventListener('visibilitychange', onHidden);
  target.addEventListener('pagehide', onLeave);
  return () => {
    target.document.removeEventListener('visibilitychange', onHidden);
    target.removeEventListener('pagehide', onLeave);
  };
}

/**
 * Follows changes made in other tabs of this browser: the `storage` event fires there. What
 * they saved for the open organisation or the list is merged; a change to another
 * organisation is counted, for the list of organisations. Returns the function that stops.
 */
export function followOtherTabs(store: ProgressStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    const { key } = event;
    const open = organisationKey(store.getState().organisation);
    if (key === null || key === ORGANISATIONS_KEY || key === open) store.sync();
    if (key === null || key === DEVICE_KEY) store.device.follow();
    if (key === DEVICE_KEY) return;
    if (key === null || (key !== open && key.startsWith(STORAGE_KEY))) {
      store.setState((state) => ({ elsewhere: state.elsewhere + 1 }));
    }
  };
  target.addEventListener('storage', onStorage);
  return () => {
    target.removeEventListener('storage', onStorage);
  };
}

/**
 * One item's value from the store; re-renders only when that item changes. While the
 * prerendered page is hydrated it reads the first-visit state the page was rendered with.
 */
function useItem<T>(itemId: string, read: (state: SavedProgress) => T): T {
  const get = () => read(useProgressStore.getState());
  const first = () => read(useProgressStore.getInitialState());
  // A card renders only when its item changes, so subscribing anew then costs nothing.
  return useSyncExternalStore(useProgressStore.subscribeItem(itemId), get, first);
}

/** When an item was ticked, or undefined. */
export const useTickedAt = (itemId: string) => useItem(itemId, (state) => state.ticks[itemId]);

/** An item's note ('' when none). */
export const useNote = (itemId: string) => useItem(itemId, (state) => state.notes[itemId] ?? '');
