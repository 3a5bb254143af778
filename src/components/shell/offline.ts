import type { MessagesText } from '../../content/interface/messages-ru';
import { useProgressStore } from '../../store/progress-store';
import { NOTICES_ID } from '../shared/dom-ids';
import { packFor } from '../shared/language';

/**
 * Makes the app installable and offline-capable: links the web app manifest, registers the
 * service worker (dist/sw.js) that keeps the app working offline, and when a
 * new version has been fetched, says so and lets the person switch when it suits them.
 * Progress lives in localStorage, so switching loses nothing.
 */
export function registerOffline(): void {
  // Linked once the page is up: the manifest is for installing, not for the first paint.
  for (const [rel, href] of [
    ['manifest', './manifest.webmanifest'],
    ['apple-touch-icon', './icon-192.png'],
  ] as const) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.append(link);
  }
  if (!('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  let switching = false;
  serviceWorker.addEventListener('controllerchange', () => {
    if (switching) window.location.reload();
  });

  const offer = (worker: ServiceWorker) => {
    showNotice(() => {
      switching = true;
      worker.postMessage('skip-waiting');
    });
  };

  serviceWorker.register('./sw.js').then(
    (registration) => {
      if (registration.waiting && serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          // With no controller yet this is the first install, not an update.
          if (worker.state === 'installed' && serviceWorker.controller) offer(worker);
        });
      });
    },
    () => {
      // Without a service worker the app still works online; nothing to tell.
    },
  );
}

let shown = false;

/**
 * The notice is a few plain elements, drawn outside React: this module loads after the app
 * and should not pull React's renderer into a chunk of its own.
 */
function showNotice(onUpdate: () => void) {
  if (shown) return;
  shown = true;
  // The Russian wording is fetched with the notice: an update is rare, the start is not.
  const messages = packFor(useProgressStore.getState().language).messages;
  if (messages) draw(messages, onUpdate);
  else
    void import('../../content/interface/messages-ru').then(
      (russian) => {
        draw(russian.messages, onUpdate);
      },
      () => {
        shown = false;
      },
    );
}

function draw(messages: MessagesText, onUpdate: () => void) {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  const host = element('div', 'notice');
  host.setAttribute('role', 'status');
  document.getElementById(NOTICES_ID)?.append(host);
  const button = element('button', 'button', messages.updateButton);
  button.type = 'button';
  button.addEventListener('click', onUpdate);
  const actions = element('div', 'alert-actions');
  actions.append(button);
  // Filled after the live region is in the page, so screen readers announce it.
  requestAnimationFrame(() => {
    host.append(
      element('p', 'alert-title', messages.updateTitle),
      element('p', '', messages.updateText),
      actions,
    );
  });
}
