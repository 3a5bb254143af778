import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Progress } from '../engine/progress';

export type ProgressState = Progress & {
  /** Ticks or unticks one item; ticking again keeps the first tick time. */
  toggleItem: (itemId: string, ticked: boolean) => void;
  chooseOption: (sectionId: string, optionId: string) => void;
  resetProgress: () => void;
};

/** What is written to storage: facts only, never texts or UI state. */
export type SavedProgress = Pick<ProgressState, 'ticks' | 'choices'>;

export const STORAGE_KEY = 'its-termination-progress';
export const STORAGE_VERSION = 1;

const initial = (): SavedProgress => ({ ticks: {}, choices: {} });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only well-formed entries, so a hand-edited or damaged save cannot break the page. */
export function sanitize(value: unknown): SavedProgress {
  if (!isRecord(value)) return initial();
  const ticks: Record<string, number> = {};
  if (isRecord(value.ticks)) {
    for (const [id, time] of Object.entries(value.ticks)) {
      if (typeof time === 'number' && Number.isFinite(time) && time > 0) ticks[id] = time;
    }
  }
  const choices: Record<string, string> = {};
  if (isRecord(value.choices)) {
    for (const [sectionId, optionId] of Object.entries(value.choices)) {
      if (typeof optionId === 'string') choices[sectionId] = optionId;
    }
  }
  return { ticks, choices };
}

/**
 * Brings a save of any earlier version up to the current shape, one step per version,
 * applied in order. Version 1 is the first released shape, so today this only cleans it.
 */
export function migrate(persisted: unknown, _version: number): SavedProgress {
  return sanitize(persisted);
}

export function createProgressStore(getStorage: () => StateStorage, now: () => number = Date.now) {
  return create<ProgressState>()(
    persist(
      (set) => ({
        ...initial(),
        toggleItem: (itemId, ticked) =>
          set((state) => {
            if (ticked === Object.hasOwn(state.ticks, itemId)) return state;
            if (ticked) return { ticks: { ...state.ticks, [itemId]: now() } };
            const { [itemId]: _unticked, ...ticks } = state.ticks;
            return { ticks };
          }),
        chooseOption: (sectionId, optionId) =>
          set((state) =>
            state.choices[sectionId] === optionId
              ? state
              : { choices: { ...state.choices, [sectionId]: optionId } },
          ),
        resetProgress: () => set(initial()),
      }),
      {
        name: STORAGE_KEY,
        version: STORAGE_VERSION,
        storage: createJSONStorage(getStorage),
        partialize: (state): SavedProgress => ({ ticks: state.ticks, choices: state.choices }),
        migrate,
        merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
      },
    ),
  );
}

export const useProgressStore = createProgressStore(() => window.localStorage);
