import { useLayoutEffect } from 'react';
import { useProgressStore } from '../../store/progress-store';
import { itemDomId } from '../shared/dom-ids';

const PREFIX = itemDomId('').length;
const loadRest = () => import('./after-start');

/**
 * Runs once the app has drawn the page. Shows the progress that index.html kept hidden for a
 * returning visitor, and keeps any box ticked on the prerendered page before the app took
 * over: the first-visit page starts with every box clear, so a ticked one is the person's.
 * Then loads the rest: other tabs' changes, and the documents part (letter, dates, record).
 */
export function Startup() {
  useLayoutEffect(() => {
    const page = document.documentElement;
    page.classList.remove('restoring');
    // Marks the page as running: every control now does what it says.
    page.dataset.app = 'ready';
    const { ticks, toggleItem } = useProgressStore.getState();
    for (const box of document.querySelectorAll<HTMLInputElement>('.card-checkbox:checked')) {
      const id = box.id.slice(PREFIX);
      if (!Object.hasOwn(ticks, id)) toggleItem(id, true);
    }
    void loadRest().then((rest) => {
      rest.afterStart();
    });
  }, []);
  return null;
}
