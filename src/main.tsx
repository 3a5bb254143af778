import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { Startup } from './components/startup';
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

// index.html holds the first-visit page: hydrate it when that is what this visitor has,
// otherwise draw their saved progress over it.
const { ticks, choices, notes } = useProgressStore.getState();
const firstVisit =
  Object.keys(ticks).length + Object.keys(choices).length + Object.keys(notes).length === 0;

if (root.hasChildNodes() && firstVisit) hydrateRoot(root, app);
else createRoot(root).render(app);

// Offline support comes with the built app only; the dev server has no service worker.
const loadOffline = () => import('./components/offline');
if (import.meta.env.PROD) {
  void loadOffline().then((offline) => {
    offline.registerOffline();
  });
}
