import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useProgressStore } from '../store/progress-store';
import type { StorageHealth } from '../store/safe-storage';

const loadMessage = () => import('./storage-alert-message');
const StorageAlertMessage = lazy(() =>
  loadMessage().then((m) => ({ default: m.StorageAlertMessage })),
);

const { storage } = useProgressStore;
/** A prerendered page knows of no problem; the browser finds out on start. */
const serverHealth: StorageHealth = { issue: null };

/** Tells the person when their progress cannot be read or saved; its wording loads on need. */
export function StorageAlert() {
  const { issue } = useSyncExternalStore(storage.subscribe, storage.getHealth, () => serverHealth);
  if (!issue) return null;
  return (
    <Suspense fallback={null}>
      <StorageAlertMessage issue={issue} onDismiss={storage.dismiss} />
    </Suspense>
  );
}
