import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isRecord } from './saved';

/** What can go wrong with saved progress, as the page explains it to the person. */
export type StorageIssue =
  /** Saved data could not be read; the raw text is kept under `backupKey` and here. */
  | { readonly kind: 'corrupt'; readonly raw: string; readonly backupKey: string | null }
  /** The browser refuses storage (private mode, blocked site data): progress lives in memory. */
  | { readonly kind: 'blocked' }
  /** Storage is full: progress lives in memory and saving is retried on every change. */
  | { readonly kind: 'full' }
  /** A newer version of the app saved this; it is shown but never overwritten. */
  | { readonly kind: 'newer'; readonly version: number };

export type StorageHealth = {
  /** The current problem, or null when progress is being saved normally. */
  readonly issue: StorageIssue | null;
};

export type SafeStorage<S> = PersistStorage<S> & {
  getHealth: () => StorageHealth;
  subscribe: (listener: () => void) => () => void;
  /** The person has read the message about unreadable data. */
  dismiss: () => void;
  /** A saved text as it is, or null: read without reporting or keeping anything. */
  peek: (name: string) => string | null;
  /** The names storage holds (none when it refuses). */
  keys: () => string[];
};

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

export const backupKeyFor = (name: string) => `${name}.unreadable`;

/**
 * A persist storage over Web Storage that never throws: every failure becomes a
 * `StorageIssue` the page can show, and the app keeps working from memory.
 */
export function createSafeStorage<S>(
  getStorage: () => Storage,
  currentVersion: number,
): SafeStorage<S> {
  let health: StorageHealth = { issue: null };
  const listeners = new Set<() => void>();
  const report = (issue: StorageIssue | null) => {
    const same =
      issue === null
        ? health.issue === null
        : issue.kind !== 'corrupt' && issue.kind === health.issue?.kind;
    if (same) return;
    health = { issue };
    listeners.forEach((listener) => {
      listener();
    });
  };
  /** Set once a newer app's data is found: from then on this tab never writes. */
  let readOnly = false;

  const open = (): Storage | null => {
    try {
      // WebKit, and Firefox with site data turned off, give null instead of throwing.
      const storage = getStorage() as Storage | null;
      if (storage) return storage;
    } catch {
      // Refused: private mode, blocked site data.
    }
    report({ kind: 'blocked' });
    return null;
  };

  const keepUnreadable = (storage: Storage, name: string, raw: string) => {
    const backupKey = backupKeyFor(name);
    try {
      storage.setItem(backupKey, raw);
      report({ kind: 'corrupt', raw, backupKey });
    } catch {
      report({ kind: 'corrupt', raw, backupKey: null });
    }
  };

  return {
    getHealth: () => health,
    dismiss: () => {
      if (health.issue?.kind === 'corrupt') report(null);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    keys: () => {
      try {
        const storage = getStorage() as Storage | null;
        return storage
          ? Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '')
          : [];
      } catch {
        return [];
      }
    },

    peek: (name) => {
      try {
        return (getStorage() as Storage | null)?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },

    getItem: (name): StorageValue<S> | null => {
      const storage = open();
      if (!storage) return null;
      let raw: string | null;
      try {
        raw = storage.getItem(name);
      } catch {
        report({ kind: 'blocked' });
        return null;
      }
      if (raw === null) return null;

      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        keepUnreadable(storage, name, raw);
        return null;
      }
      if (!isRecord(parsed) || !isRecord(parsed.state) || typeof parsed.version !== 'number') {
        keepUnreadable(storage, name, raw);
        return null;
      }
      if (parsed.version > currentVersion) {
        readOnly = true;
        report({ kind: 'newer', version: parsed.version });
        // Shown as far as this version understands it; `merge` keeps only what it knows.
        return { state: parsed.state as S, version: currentVersion };
      }
      return { state: parsed.state as S, version: parsed.version };
    },

    setItem: (name, value) => {
      if (readOnly) return;
      const storage = open();
      if (!storage) return;
      try {
        storage.setItem(name, JSON.stringify(value));
        if (health.issue?.kind === 'full' || health.issue?.kind === 'blocked') report(null);
      } catch (error) {
        report(isQuotaError(error) ? { kind: 'full' } : { kind: 'blocked' });
      }
    },

    removeItem: (name) => {
      if (readOnly) return;
      try {
        open()?.removeItem(name);
      } catch {
        report({ kind: 'blocked' });
      }
    },
  };
}
