import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { replayEarlyInput } from './early-input';

const subscribeToNothing = () => () => {};

/**
 * False while React hydrates the prerendered first-visit page, true from the render after it,
 * in which every part also reads the saved progress: React draws that render before the
 * browser paints again.
 */
export const useStarted = () =>
  useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

/**
 * Marks the page as running once it shows this visitor's real state: a returning visitor's
 * progress, hidden by index.html until then, appears without ever showing unticked boxes.
 * Then carries out what the person did before the app ran.
 */
export function Started() {
  const started = useStarted();
  useLayoutEffect(() => {
    if (!started) return;
    const page = document.documentElement;
    page.classList.remove('restoring');
    page.dataset.app = 'ready';
  }, [started]);
  useEffect(() => {
    if (started) replayEarlyInput();
  }, [started]);
  return null;
}
