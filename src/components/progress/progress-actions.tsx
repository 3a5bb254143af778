import { useEffect, useState, type ChangeEvent } from 'react';
import type { Procedure } from '../../content/types';
import { LINK_PREFIX } from '../../store/storage-key';
import { useUi } from '../shared/language';
import { lazyPart, preloadPart } from '../shared/lazy-part';
import { ShortLabel } from '../shared/short-label';
import type { ActionAsk, ActionRequest } from './actions-host';

const loadHost = () => import('./actions-host');
const ActionsHost = lazyPart(() => loadHost().then((m) => m.ActionsHost));
/** Starts fetching the dialogs as soon as the person reaches an action. */
const preload = preloadPart(loadHost);

/** How a control outside the group (the share button beside the organisation) asks. */
let askOutside: ((ask: ActionAsk) => void) | null = null;

/**
 * «Передать на другое устройство», beside the open organisation's name: what it passes on is
 * that organisation. Its dialog is drawn by the actions group, as the others are.
 */
export function ShareButton() {
  const ui = useUi();
  return (
    <button
      type="button"
      className="button button-quiet share-button"
      aria-label={ui.shareLabel}
      aria-haspopup="dialog"
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => {
        askOutside?.({ kind: 'share' });
      }}
    >
      {/* «Передать» at every width: the row keeps the organisation's name whole. */}
      <span aria-hidden="true">{ui.shareShort}</span>
    </button>
  );
}

export type ProgressActionsProps = {
  procedure: Procedure;
};

/**
 * "Экспорт в файл", "Импорт из файла", "Сбросить прогресс": native controls in the first
 * load; what they open (dialogs, file checks, the link of «Передать на другое устройство» and
 * its QR code, the undo message) loads on first use, or when the page is opened by such a link.
 */
export function ProgressActions({ procedure }: ProgressActionsProps) {
  const ui = useUi();
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const ask = (next: ActionAsk) => {
    setRequest({ ...next, id: (request?.id ?? 0) + 1 });
  };
  useEffect(() => {
    askOutside = (next) => {
      setRequest((previous) => ({ ...next, id: (previous?.id ?? 0) + 1 }));
    };
    return () => {
      askOutside = null;
    };
  }, []);

  // A link made by «Передать на другое устройство»: its progress is reviewed, then the
  // address loses it, so that reloading does not ask again.
  useEffect(() => {
    const open = () => {
      const { hash, pathname, search } = window.location;
      if (!hash.startsWith(LINK_PREFIX)) return;
      history.replaceState(history.state, '', pathname + search);
      setRequest((previous) => ({
        kind: 'import',
        source: { kind: 'link', payload: hash.slice(LINK_PREFIX.length) },
        id: (previous?.id ?? 0) + 1,
      }));
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      window.removeEventListener('hashchange', open);
    };
  }, []);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (file) ask({ kind: 'import', source: { kind: 'file', file } });
  };

  return (
    <span className="toolbar-group" onPointerEnter={preload}>
      <button
        type="button"
        className="button button-quiet"
        aria-label={ui.exportLabel}
        onFocus={preload}
        onClick={() => {
          void loadHost().then((host) => {
            host.exportProgress();
          });
        }}
      >
        <ShortLabel full={ui.exportLabel} short={ui.exportShort} />
      </button>
      <label className="button button-quiet file-button">
        <input
          type="file"
          className="file-input"
          accept=".json,application/json"
          aria-label={ui.importLabel}
          onFocus={preload}
          onChange={onFile}
        />
        <ShortLabel full={ui.importLabel} short={ui.importShort} />
      </label>
      <button
        type="button"
        className="button button-quiet"
        aria-label={ui.resetLabel}
        aria-haspopup="dialog"
        onFocus={preload}
        onClick={() => {
          ask({ kind: 'reset' });
        }}
      >
        <ShortLabel full={ui.resetLabel} short={ui.resetShort} />
      </button>
      {request && <ActionsHost procedure={procedure} request={request} />}
    </span>
  );
}
