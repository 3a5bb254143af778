import { describe, expect, it } from 'vitest';
import { addOrganisation } from '../../src/store/organisation-actions';
import {
  createProgressStore,
  emptySaved,
  organisationKey,
  saveOnLeave,
  STORAGE_KEY,
} from '../../src/store/progress-store';
import { sanitizeSynced } from '../../src/store/saved';
import { MemoryStorage } from './memory-storage';
import { readSaved } from './saved-reader';

/** The ticks storage holds for an organisation. */
const savedTicks = (storage: Storage, key = STORAGE_KEY) =>
  Object.keys(sanitizeSynced((readSaved(storage, key) as { state?: unknown } | null)?.state).ticks);

/** A store whose saves wait until `run` is called, as the page's wait for the next paint. */
function waitingStore(storage = new MemoryStorage()) {
  const queue: (() => void)[] = [];
  const store = createProgressStore(() => storage, {
    schedule: (save) => {
      queue.push(save);
    },
  });
  return {
    storage,
    store,
    queue,
    run: () => {
      queue.splice(0).forEach((save) => {
        save();
      });
    },
  };
}

describe('saving after the next paint', () => {
  it('shows a tick at once and saves it when the scheduled save runs, several changes as one', () => {
    const { storage, store, queue, run } = waitingStore();
    store.getState().toggleItem('prep-contract-terms', true);
    store.getState().toggleItem('prep-documents', true);
    store.getState().setNote('prep-documents', 'Договор в папке');
    expect(Object.keys(store.getState().ticks)).toEqual(['prep-contract-terms', 'prep-documents']);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(queue).toHaveLength(1);
    run();
    expect(savedTicks(storage)).toEqual(['prep-contract-terms', 'prep-documents']);
    expect(storage.writes).toBe(1);
  });

  it('saves what waits when the page is hidden or left', () => {
    const { storage, store } = waitingStore();
    const stop = saveOnLeave(store, window);
    store.getState().toggleItem('prep-contract-terms', true);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(savedTicks(storage)).toEqual(['prep-contract-terms']);

    store.getState().toggleItem('prep-documents', true);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'visibilityState');
    expect(savedTicks(storage)).toEqual(['prep-contract-terms', 'prep-documents']);
    stop();
  });

  it('saves a waiting tick of the open organisation before another is opened', () => {
    const { storage, store, run } = waitingStore();
    const id = addOrganisation(store);
    store.getState().openOrganisation('1');
    run();
    store.getState().toggleItem('prep-contract-terms', true);
    store.getState().openOrganisation(id);
    expect(savedTicks(storage, organisationKey('1'))).toEqual(['prep-contract-terms']);
    store.getState().openOrganisation('1');
    expect(Object.keys(store.getState().ticks)).toEqual(['prep-contract-terms']);
  });

  it('saves a reset at once, and a tick made in another tab meanwhile is kept', () => {
    const storage = new MemoryStorage();
    const { store } = waitingStore(storage);
    const other = createProgressStore(() => storage);
    store.getState().toggleItem('prep-contract-terms', true);
    other.getState().toggleItem('prep-documents', true);
    // The other tab's save comes in while this tab's tick waits: both are kept.
    store.sync();
    expect(savedTicks(storage)).toEqual(['prep-contract-terms', 'prep-documents']);
    store.getState().replaceProgress(emptySaved());
    expect(savedTicks(storage)).toEqual([]);
  });
});
