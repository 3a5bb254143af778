import {
  organisationIds,
  organisationInAddress,
  type ProgressStore,
} from '../../store/progress-store';
import { ORGANISATION_PARAM } from '../../store/storage-key';

/** The page's address opening an organisation: its path and other parameters kept. */
export function addressOf(id: string, location: Location = window.location): string {
  const url = new URL(location.href);
  url.searchParams.set(ORGANISATION_PARAM, id);
  url.hash = '';
  return `${url.pathname}${url.search}`;
}

/**
 * Keeps the address and the open organisation together: opening one adds its address to the
 * history, so back and forward move between organisations, and moving in the history opens
 * the organisation the address names. Returns the function that stops.
 */
export function followAddress(store: ProgressStore, target: Window = window): () => void {
  const { history, location } = target;
  // An address naming an organisation that is not here is replaced by the one opened.
  if (store.getState().missing !== null) {
    history.replaceState(null, '', addressOf(store.getState().organisation, location));
  }
  /** The organisation an address opens: the one it names, else the first. */
  const opensFrom = (search: string) =>
    organisationInAddress(search) ?? organisationIds(store.getState())[0];
  // After the next paint: a new history entry costs the click that switched some milliseconds.
  // A tab in the background paints no frames, so a timer stands in for one there.
  let pending = false;
  const follow = () => {
    if (!pending) return;
    pending = false;
    const state = store.getState();
    if (opensFrom(location.search) === state.organisation) return;
    const address = addressOf(state.organisation, location);
    if (state.missing === null) history.pushState(null, '', address);
    else history.replaceState(null, '', address);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.organisation === previous.organisation || pending) return;
    pending = true;
    requestAnimationFrame(() => {
      setTimeout(follow, 0);
    });
    setTimeout(follow, 250);
  });
  const onPopState = () => {
    const state = store.getState();
    const wanted = organisationInAddress(location.search);
    const first = organisationIds(state)[0] ?? state.organisation;
    if (state.openOrganisation(wanted ?? first)) return;
    // No longer here: the first one opens, and its address replaces the one that was wanted.
    state.openOrganisation(first);
    store.setState({ missing: wanted });
    history.replaceState(null, '', addressOf(store.getState().organisation, location));
  };
  target.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    target.removeEventListener('popstate', onPopState);
  };
}
