import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { followAddress } from './components/organisations/address';
import { loadLanguage } from './components/shared/language';
import { useProgressStore } from './store/progress-store';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The built index.html holds the first-visit page: React takes it over (hydrates it) in short
// slices, so the page answers input meanwhile. The development server serves an empty page.
function start(container: HTMLElement) {
  if (container.hasChildNodes()) {
    // From here React handles clicks itself (see components/shell/early-input.ts).
    document.documentElement.dataset.app = 'starting';
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    createRoot(container).render(app);
  }
}

// Each organisation has an address of its own; back and forward move between them.
followAddress(useProgressStore);

// A visitor who chose another language gets it in the very first render after hydration.
const { language } = useProgressStore.getState();
if (language === 'ru') start(root);
else
  void loadLanguage(language).then(
    () => start(root),
    () => start(root),
  );

// Offline support comes with the built app only; the dev server has no service worker.
if (import.meta.env.PROD) {
  void import('./components/shell/offline').then((offline) => {
    offline.registerOffline();
  });
}
