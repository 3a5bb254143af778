import { STORAGE_KEY, type ProgressStore } from './progress-store';

/**
 * Follows changes made in other tabs of this browser: the `storage` event fires there,
 * and the store reloads the saved facts. Returns the function that stops following.
 */
export function followOtherTabs(store: ProgressStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) void store.persist.rehydrate();
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
