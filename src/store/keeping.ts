import type { SyncedFacts } from './saved';

/**
 * Whether the browser keeps the page's storage for good (`navigator.storage.persist()`):
 * - `kept`: it promised not to delete it by itself;
 * - `may-delete`: not asked yet, or asked long ago, and not kept;
 * - `refused`: asked here and declined;
 * - `unsupported`: the browser has no way to ask;
 * - `asking`: a question is out.
 */
export type KeepState = 'checking' | 'asking' | 'kept' | 'may-delete' | 'refused' | 'unsupported';

type Manager = Pick<StorageManager, 'persist' | 'persisted'>;

const managerOf = (): Manager | null => {
  if (typeof navigator === 'undefined') return null;
  const manager = navigator.storage as StorageManager | undefined;
  return manager && typeof manager.persist === 'function' && typeof manager.persisted === 'function'
    ? manager
    : null;
};

/** A small store of the keep state, shared by the footer and the reminder. */
export function createKeeping(manager: () => Manager | null = managerOf) {
  let state: KeepState = 'checking';
  const listeners = new Set<() => void>();
  const set = (next: KeepState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((listener) => {
      listener();
    });
  };
  let checked: Promise<void> | null = null;
  return {
    get: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Reads whether the storage is kept; once, then from memory. */
    check: (): Promise<void> => {
      const found = manager();
      if (!found) {
        set('unsupported');
        return Promise.resolve();
      }
      checked ??= found.persisted().then(
        (kept) => {
          if (state === 'checking') set(kept ? 'kept' : 'may-delete');
        },
        () => {
          set('unsupported');
        },
      );
      return checked;
    },
    /** Asks the browser to keep the storage; the answer is the new state. */
    ask: (): Promise<void> => {
      const found = manager();
      if (!found) {
        set('unsupported');
        return Promise.resolve();
      }
      set('asking');
      return found.persist().then(
        (kept) => {
          set(kept ? 'kept' : 'refused');
        },
        () => {
          set('refused');
        },
      );
    },
  };
}

export type Keeping = ReturnType<typeof createKeeping>;

export const keeping = createKeeping();

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long progress may stay only in a browser that may delete it before a copy is asked for. */
export const REMIND_AFTER_DAYS = 3;

/**
 * Whether to remind the person to copy their progress out, and how long ago the last copy was:
 * the browser may delete the storage, and something changed more than a few days ago that no
 * copy holds yet. Days are whole days since the last copy (null: never).
 */
export function copyReminder(options: {
  keep: KeepState;
  facts: SyncedFacts;
  copiedAt: number | null;
  now: number;
}): { daysAgo: number | null } | null {
  const { keep, facts, copiedAt, now } = options;
  if (keep === 'kept' || keep === 'checking' || keep === 'asking') return null;
  const since = copiedAt ?? 0;
  const times = [...Object.values(facts.ticks), ...Object.values(facts.changed)].filter(
    (time) => time > since,
  );
  if (times.length === 0) return null;
  if (now - Math.min(...times) < REMIND_AFTER_DAYS * DAY_MS) return null;
  return { daysAgo: copiedAt === null ? null : Math.floor((now - copiedAt) / DAY_MS) };
}
