import { useSyncExternalStore } from 'react';
import { useProgressStore } from '../../store/progress-store';
import type { StorageHealth } from '../../store/safe-storage';
import { lazyPart } from '../shared/lazy-part';

const StorageAlertMessage = lazyPart(() =>
  import('./storage-alert-message').then((module) => module.StorageAlertMessage),
);

const { storage } = useProgressStore;
/** A prerendered page knows of no problem; the browser finds out on start. */
const serverHealth: StorageHealth = { issue: null };

/**
 * Tells the person when their progress cannot be read or saved. Its wording loads when a
 * problem is found (from the offline copy when the network is gone).
 */
export function StorageAlert() {
  const { issue } = useSyncExternalStore(storage.subscribe, storage.getHealth, () => serverHealth);
  if (!issue) return null;
  return <StorageAlertMessage issue={issue} onDismiss={storage.dismiss} />;
}
