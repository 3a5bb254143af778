import { lazy, Suspense, useCallback, useState } from 'react';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import type { SavedProgress } from '../store/progress-store';
import { ExportButton } from './export-button';
import { ImportControl } from './import-control';
import type { ImportFailure } from './import-failure';
import { ProgressSummary } from './progress-summary';
import { ResetControl } from './reset-control';
import { ResumeLink } from './resume-link';
import { StorageAlert } from './storage-alert';
import { UndoToast, type UndoOffer } from './undo-toast';

const ImportFailureAlert = lazy(() =>
  import('./import-failure').then((m) => ({ default: m.ImportFailureAlert })),
);

export type ProgressToolbarProps = {
  procedure: Procedure;
};

/**
 * Messages under the header, then the bar that stays in view: progress and the few
 * actions on it. Replacing actions (reset, import) offer an undo.
 */
export function ProgressToolbar({ procedure }: ProgressToolbarProps) {
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [importFailure, setImportFailure] = useState<ImportFailure | null>(null);
  const settleUndo = useCallback(() => {
    setUndo(null);
  }, []);
  const offerUndo = (message: string, previous: SavedProgress) => {
    setUndo({ message, previous, id: Date.now() });
  };

  return (
    <>
      <div className="page notices">
        <StorageAlert />
        {importFailure && (
          <Suspense fallback={null}>
            <ImportFailureAlert
              failure={importFailure}
              onClose={() => {
                setImportFailure(null);
              }}
            />
          </Suspense>
        )}
      </div>
      <div className="toolbar" role="region" aria-label={ui.toolbarLabel}>
        <div className="toolbar-inner">
          <ProgressSummary procedure={procedure} />
          <div className="toolbar-actions" role="group" aria-label={ui.actionsLabel}>
            <ResumeLink procedure={procedure} />
            <span className="toolbar-spacer" />
            <ExportButton />
            <ImportControl
              procedure={procedure}
              onFailure={setImportFailure}
              onImported={(previous) => {
                setImportFailure(null);
                offerUndo(ui.importDone, previous);
              }}
            />
            <ResetControl
              procedure={procedure}
              onReset={(previous) => {
                offerUndo(ui.resetDone, previous);
              }}
            />
          </div>
        </div>
      </div>
      <UndoToast offer={undo} onSettled={settleUndo} />
    </>
  );
}
