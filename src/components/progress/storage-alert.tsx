import { useSyncExternalStore } from 'react';
import { useProgressStore } from '../../store/progress-store';
import type { StorageHealth } from '../../store/safe-storage';
import { StorageAlertMessage } from './storage-alert-message';

const { storage } = useProgressStore;
/** A prerendered page knows of no problem; the browser finds out on start. */
const serverHealth: StorageHealth = { issue: null };

/** Tells the person when their progress cannot be read or saved. */
export function StorageAlert() {
  const { issue } = useSyncExternalStore(storage.subscribe, storage.getHealth, () => serverHealth);
  if (!issue) return null;
  return <StorageAlertMessage issue={issue} onDismiss={storage.dismiss} />;
}
