import { lazy, Suspense, useState, type ChangeEvent } from 'react';
import type { Procedure } from '../../content/types';
import { useUi } from '../shared/language';
import { ShortLabel } from '../shared/short-label';
import type { ActionAsk, ActionRequest } from './actions-host';

const loadHost = () => import('./actions-host');
const ActionsHost = lazy(() => loadHost().then((m) => ({ default: m.ActionsHost })));
/** Starts fetching the dialogs as soon as the person reaches an action. */
const preload = () => void loadHost();

export type ProgressActionsProps = {
  procedure: Procedure;
};

/**
 * "Экспорт в файл", "Импорт из файла", "Сбросить прогресс": native controls in the first
 * load; what they open (dialogs, file checks, the undo message) loads on first use.
 */
export function ProgressActions({ procedure }: ProgressActionsProps) {
  const ui = useUi();
  const [request, setRequest] = useState<ActionRequest | null>(null);
  const ask = (next: ActionAsk) => {
    setRequest({ ...next, id: (request?.id ?? 0) + 1 });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (file) ask({ kind: 'import', file });
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
      {request && (
        <Suspense fallback={null}>
          <ActionsHost procedure={procedure} request={request} />
        </Suspense>
      )}
    </span>
  );
}
