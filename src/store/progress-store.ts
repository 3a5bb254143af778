import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Language } from '../content/types';
import type { Progress } from '../engine/progress';
import { createSafeStorage } from './safe-storage';

/** The saved facts: ticked items with their times, chosen options, notes. */
export type SavedProgress = Progress & {
  /** Item id → the person's note (evidence such as a letter number), at most NOTE_MAX_LENGTH. */
  readonly notes: Readonly<Record<string, string>>;
  /** The termination letter's draft: field id → value as typed, at most NOTE_MAX_LENGTH. */
  readonly letter: Readonly<Record<string, string>>;
};

export type ProgressState = SavedProgress & {
  /** The page's language, a preference kept beside the progress but not exported or reset. */
  language: Language;
  /** Ticks or unticks one item; ticking again keeps the first tick time. */
  toggleItem: (itemId: string, ticked: boolean) => void;
  chooseOption: (sectionId: string, optionId: string) => void;
  /** Sets an item's note as typed; an empty note removes it. */
  setNote: (itemId: string, note: string) => void;
  /** Clears everything and returns what was there, so it can be brought back. */
  resetProgress: () => SavedProgress;
  /** Replaces everything (an undo, an imported file) and returns what was there. */
  replaceProgress: (progress: SavedProgress) => SavedProgress;
};

/** What is written: the facts, and the chosen language (absent in saves from before it). */
type PersistedState = SavedProgress & { readonly language?: Language };

export const STORAGE_KEY = 'its-termination-progress';
export const STORAGE_VERSION = 3;
/** The longest note or letter field kept. */
export const NOTE_MAX_LENGTH = 500;

export const emptySaved = (): SavedProgress => ({ ticks: {}, choices: {}, notes: {}, letter: {} });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own entries of a saved record, without keys that would reach an object's prototype. */
const entries = (record: Record<string, unknown>) =>
  Object.entries(record).filter(([key]) => key !== '__proto__');

/** Keeps only well-formed entries, so a hand-edited or damaged save cannot break the page. */
export function sanitize(value: unknown): SavedProgress {
  if (!isRecord(value)) return emptySaved();
  const ticks: Record<string, number> = {};
  if (isRecord(value.ticks)) {
    for (const [id, time] of entries(value.ticks)) {
      if (typeof time === 'number' && Number.isFinite(time) && time > 0) ticks[id] = time;
    }
  }
  return {
    ticks,
    choices: texts(value.choices),
    notes: texts(value.notes),
    letter: texts(value.letter),
  };
}

/** The non-blank strings of a saved record, each cut to NOTE_MAX_LENGTH. */
function texts(value: unknown): Record<string, string> {
  const kept: Record<string, string> = {};
  if (isRecord(value)) {
    for (const [id, text] of entries(value)) {
      if (typeof text === 'string' && text.trim() !== '') kept[id] = text.slice(0, NOTE_MAX_LENGTH);
    }
  }
  return kept;
}

/** One step per released version: `steps[n]` turns a version-n save into version n + 1. */
const steps: Readonly<Record<number, (saved: Record<string, unknown>) => Record<string, unknown>>> =
  {
    // Version 1 had ticks and choices; version 2 adds notes.
    1: (saved) => ({ ...saved, notes: {} }),
    // Version 3 adds the letter's draft: `sanitize` gives older saves an empty one.
  };

/** Brings a save of any earlier version up to the current shape, step by step. */
export function migrate(persisted: unknown, version: number): SavedProgress {
  let value = isRecord(persisted) ? persisted : {};
  for (let from = Math.max(1, version); from < STORAGE_VERSION; from += 1) {
    const step = steps[from];
    if (step) value = step(value);
  }
  return sanitize(value);
}

export function createProgressStore(getStorage: () => Storage, now: () => number = Date.now) {
  const storage = createSafeStorage<PersistedState>(getStorage, STORAGE_VERSION);
  const store = create<ProgressState>()(
    persist<ProgressState, [], [], PersistedState>(
      (set, get) => {
        const facts = (): SavedProgress => {
          const { ticks, choices, notes, letter } = get();
          return { ticks, choices, notes, letter };
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
            const previous = facts();
            set(emptySaved());
            return previous;
          },
          replaceProgress: (progress) => {
            const previous = facts();
            set(sanitize(progress));
            return previous;
          },
        };
      },
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage,
        partialize: (state): PersistedState => ({
          ticks: state.ticks,
          choices: state.choices,
          notes: state.notes,
          letter: state.letter,
          language: state.language,
        }),
        migrate,
        merge: (persisted, current) => ({
          ...current,
          ...sanitize(persisted),
          language: isRecord(persisted) && persisted.language === 'en' ? 'en' : 'ru',
        }),
      },
    ),
  );
  return Object.assign(store, { storage, subscribeItem: createItemChannel(store) });
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

export type ProgressStore = ReturnType<typeof createProgressStore>;

export const useProgressStore = createProgressStore(() => window.localStorage);

/** One item's value from the store; re-renders only when that item changes. */
function useItem<T>(itemId: string, read: (state: SavedProgress) => T): T {
  const get = () => read(useProgressStore.getState());
  // A card renders only when its item changes, so subscribing anew then costs nothing.
  return useSyncExternalStore(useProgressStore.subscribeItem(itemId), get, get);
}

/** When an item was ticked, or undefined. */
export const useTickedAt = (itemId: string) => useItem(itemId, (state) => state.ticks[itemId]);

/** An item's note ('' when none). */
export const useNote = (itemId: string) => useItem(itemId, (state) => state.notes[itemId] ?? '');
