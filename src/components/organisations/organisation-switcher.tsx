import { useCallback, useRef, useState } from 'react';
import type { Procedure } from '../../content/types';
import { useUi } from '../shared/language';
import { lazyPart, preloadPart } from '../shared/lazy-part';
import { useOrganisationName } from '../shared/use-organisation-name';
import type { LoadReminders } from './organisations-panel';

const loadPanel = () => import('./organisations-panel');
const OrganisationsPanel = lazyPart(() => loadPanel().then((module) => module.OrganisationsPanel));
/** Starts fetching the list as soon as the person reaches the button. */
const preload = preloadPart(loadPanel);

export const ORGANISATIONS_PANEL_ID = 'organisations-panel';

/**
 * The open organisation's name at the top of the toolbar; pressed, it shows every organisation
 * on this device with its progress, and what can be done with them (loaded on first use).
 */
export function OrganisationSwitcher({
  procedure,
  loadReminders,
}: {
  procedure: Procedure;
  loadReminders: LoadReminders;
}) {
  const ui = useUi();
  const name = useOrganisationName();
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  // Once shown, the list stays in the page, hidden when closed: its undo message outlives it.
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }, []);

  return (
    <div className="organisation-row">
      <button
        ref={button}
        type="button"
        className="organisation-button"
        // One name in every engine; the visible words are in it, in order.
        aria-label={`${ui.organisationCaption}: ${name}`}
        aria-expanded={open}
        aria-controls={loaded ? ORGANISATIONS_PANEL_ID : undefined}
        onPointerEnter={preload}
        onFocus={preload}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) setOpen(false);
        }}
        onClick={() => {
          if (!open) setSession(session + 1);
          setOpen(!open);
          setLoaded(true);
        }}
      >
        <span className="organisation-caption">{ui.organisationCaption}</span>{' '}
        <span className="organisation-name">{name}</span>
        <span className="organisation-chevron" aria-hidden="true" />
      </button>
      {loaded && (
        <OrganisationsPanel
          id={ORGANISATIONS_PANEL_ID}
          procedure={procedure}
          loadReminders={loadReminders}
          open={open}
          session={session}
          onClose={close}
          opener={button}
        />
      )}
    </div>
  );
}
