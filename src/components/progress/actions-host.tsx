import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Procedure } from '../../content/types';
import type { Change } from '../../store/progress-store';
import { NOTICES_ID } from '../shared/dom-ids';
import { UndoToast, type UndoOffer } from '../shared/undo-toast';
import { useMessages } from '../shared/use-messages';
import { ImportFailureAlert, type ImportFailure } from './import-failure';
import { ImportReview } from './import-review';
import { ResetDialog } from './reset-dialog';

export { exportProgress } from '../shared/export-progress';

export type ActionAsk = { kind: 'reset' } | { kind: 'import'; file: File };

/** What the person asked for; a new id means a new request, even for the same action. */
export type ActionRequest = ActionAsk & { id: number };

export type ActionsHostProps = {
  procedure: Procedure;
  request: ActionRequest;
};

/**
 * Carries out the progress actions: the reset and import dialogs, and the undo
 * message and problem alert they leave behind (drawn into the page's message areas).
 */
export function ActionsHost({ procedure, request }: ActionsHostProps) {
  const messages = useMessages();
  // The request's dialog stays open until the request is answered.
  const [answered, setAnswered] = useState(0);
  const open = answered !== request.id ? request : null;
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);

  const offerUndo = (message: string, change: Change) => {
    setUndo({ message, change, id: Date.now() });
  };
  const close = useCallback(() => {
    setAnswered(request.id);
  }, [request.id]);
  const notices = document.getElementById(NOTICES_ID);

  return (
    <>
      {open?.kind === 'reset' && (
        <ResetDialog
          procedure={procedure}
          onClose={close}
          onReset={(change) => {
            offerUndo(messages.resetDone, change);
          }}
        />
      )}
      {open?.kind === 'import' && (
        <ImportReview
          key={request.id}
          file={open.file}
          procedure={procedure}
          onClose={close}
          onFailure={setFailure}
          onImported={(change) => {
            setFailure(null);
            offerUndo(messages.importDone, change);
          }}
        />
      )}
      {failure &&
        notices &&
        createPortal(
          <ImportFailureAlert
            failure={failure}
            onClose={() => {
              setFailure(null);
            }}
          />,
          notices,
        )}
      <UndoToast
        offer={undo}
        onSettled={() => {
          setUndo(null);
        }}
      />
    </>
  );
}
