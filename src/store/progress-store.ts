import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Language } from '../content/types';
import { createSafeStorage } from './safe-storage';
import {
  emptySaved,
  isRecord,
  mergeSynced,
  NOTE_MAX_LENGTH,
  sameFacts,
  sameSynced,
  sanitize,
  sanitizeSynced,
  stampChanges,
  type SavedProgress,
  type SyncedFacts,
  undoChange,
  type WholeChange,
} from './saved';
import { STORAGE_KEY } from './storage-key';

export {
  emptySaved,
  NOTE_MAX_LENGTH,
  sanitize,
  type SavedProgress,
  type WholeChange,
} from './saved';
export { STORAGE_KEY } from './storage-key';

export type ProgressState = SavedProgress & {
  /** The page's language, a preference kept beside the progress but not exported or reset. */
  language: Language;
  /** Ticks or unticks one item; ticking again keeps the first tick time. */
  toggleItem: (itemId: string, ticked: boolean) => void;
  chooseOption: (sectionId: string, optionId: string) => void;
  /** Sets an item's note as typed; an empty note removes it. */
  setNote: (itemId: string, note: string) => void;
  /** Clears everything; returns the change, so that it can be taken back. */
  resetProgress: () => WholeChange;
  /** Replaces everything (an imported file); returns the change, so that it can be taken back. */
  replaceProgress: (progress: SavedProgress) => WholeChange;
  /** Takes back a reset or an import, keeping what has changed since. */
  undo: (change: WholeChange) => void;
  setLanguage: (language: Language) => void;
  /** Gives a situation answer (a saved key and its value), or takes it back with null. */
  setAnswer: (key: string, value: string | null) => void;
  /** Takes back every situation answer; ticks of the steps they added are kept. */
  clearAnswers: () => void;
};

/** What the store hands to storage: the facts and the language. */
type PersistedState = SavedProgress & { readonly language: Language };

export const STORAGE_VERSION = 4;

/** One step per released version: `steps[n]` turns a version-n save into version n + 1. */
const steps: Readonly<Record<number, (saved: Record<string, unknown>) => Record<string, unknown>>> =
  {
    // Version 1 had ticks and choices; version 2 adds notes.
    1: (saved) => ({ ...saved, notes: {} }),
    // Version 3 adds the letter's draft and version 4 the situation answers: `sanitize` gives
    // older saves empty ones.
  };

/** Brings a save of any earlier version up to the current shape, step by step. */
function upgrade(persisted: unknown, version: number): SyncedFacts {
  let value = isRecord(persisted) ? persisted : {};
  for (let from = Math.max(1, version); from < STORAGE_VERSION; from += 1) {
    const step = steps[from];
    if (step) value = step(value);
  }
  // The language and the change times pass through: saves from before them have none.
  return sanitizeSynced(value);
}

/** The facts of a save (or an exported file) of any earlier version, in the current shape. */
export const migrate = (persisted: unknown, version: number): SavedProgress =>
  sanitize(upgrade(persisted, version));

export function createProgressStore(getStorage: () => Storage, now: () => number = Date.now) {
  const safe = createSafeStorage<PersistedState | SyncedFacts>(getStorage, STORAGE_VERSION);
  /** What this tab last read from storage or wrote there. */
  let base: SyncedFacts = sanitizeSynced(undefined);
  const read = (name: string) => {
    const stored = safe.getItem(name) as StorageValue<unknown> | null;
    if (!stored) return null;
    const version = stored.version ?? STORAGE_VERSION;
    return { facts: upgrade(stored.state, version), current: version === STORAGE_VERSION };
  };
  /**
   * Every write merges with what storage holds now, so a write never erases what another tab
   * saved since this one last looked; what the merge brings in is shown here at once.
   */
  const storage: PersistStorage<PersistedState> = {
    getItem: (name) => safe.getItem(name),
    removeItem: safe.removeItem,
    setItem: (name, value) => {
      const mine = stampChanges(base, value.state, now());
      const stored = read(name);
      const merged = stored ? mergeSynced(mine, stored.facts) : mine;
      if (!stored?.current || !sameSynced(merged, stored.facts)) {
        safe.setItem(name, { state: merged, version: STORAGE_VERSION });
      }
      base = merged;
      if (!sameFacts(merged, value.state)) store.setState(factsOf(merged));
    },
  };
  const store = create<ProgressState>()(
    persist<ProgressState, [], [], PersistedState>(
      (set, get) => {
        const facts = (): SavedProgress => {
          const { ticks, choices, notes, letter, answers } = get();
          return { ticks, choices, notes, letter, answers };
        };
        return {
          ...emptySaved(),
          language: 'ru',
          toggleItem: (itemId, ticked) => {
            set((state) => {
              if (ticked === Object.hasOwn(state.ticks, itemId)) return state;
              if (ticked) return { ticks: { ...state.ticks, [itemId]: now() } };
              const { [itemId]: _unticked, ...ticks } = state.ticks;
              return { ticks };
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
              return { notes: text === '' ? notes : { ...notes, [itemId]: text } };
            });
          },
          resetProgress: () => {
            const change = { previous: facts(), applied: emptySaved() };
            set(change.applied);
            return change;
          },
          replaceProgress: (progress) => {
            const change = { previous: facts(), applied: sanitize(progress) };
            set(change.applied);
            return change;
          },
          undo: (change) => {
            set(undoChange(facts(), change));
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
        };
      },
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage,
        partialize: factsOf,
        migrate: upgrade,
        merge: (persisted, current) => {
          base = sanitizeSynced(persisted);
          return { ...current, ...factsOf(base) };
        },
      },
    ),
  );
  /** Takes in what another tab saved, and saves what this tab knows that storage lacks. */
  const sync = () => {
    storage.setItem(STORAGE_KEY, { state: factsOf(store.getState()), version: STORAGE_VERSION });
  };
  return Object.assign(store, {
    storage: safe,
    sync,
    subscribeItem: createItemChannel(store),
  });
}

const factsOf = (state: PersistedState): PersistedState => ({
  ticks: state.ticks,
  choices: state.choices,
  notes: state.notes,
  letter: state.letter,
  answers: state.answers,
  language: state.language,
});

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

export type ProgressStore = ReturnType<typeof createProgressStore>;

export const useProgressStore = createProgressStore(() => window.localStorage);

// Other tabs are followed from the start, before this tab writes anything.
if (typeof window !== 'undefined') followOtherTabs(useProgressStore);

/**
 * Follows changes made in other tabs of this browser: the `storage` event fires there, and
 * the store merges what they saved. Returns the function that stops following.
 */
export function followOtherTabs(store: ProgressStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) store.sync();
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
