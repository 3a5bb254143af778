import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { loadLanguage } from './components/shared/language';
import { Startup } from './components/shell/startup';
import { useProgressStore } from './store/progress-store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App />
    <Startup />
  </StrictMode>
);

// index.html holds the first-visit page. Its inline script marks the page "restoring" when
// this visitor has saved progress or another language: draw that over it; otherwise hydrate.
// Either runs as a transition, in short slices, so the page answers input while it starts.
if (root.hasChildNodes() && !document.documentElement.classList.contains('restoring')) {
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  void loadLanguage(useProgressStore.getState().language).then(() => {
    startTransition(() => {
      createRoot(root).render(app);
    });
  });
}

// Offline support comes with the built app only; the dev server has no service worker.
const loadOffline = () => import('./components/shell/offline');
if (import.meta.env.PROD) {
  void loadOffline().then((offline) => {
    offline.registerOffline();
  });
}
