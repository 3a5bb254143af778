import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Procedure } from '../../content/types';
import type { Change } from '../../store/progress-store';
import { NOTICES_ID } from '../shared/dom-ids';
import { UndoToast, type UndoOffer } from '../shared/undo-toast';
import { useMessages } from '../shared/use-messages';
import { useOrganisationsText } from '../shared/use-organisations-text';
import { ImportFailureAlert, type ImportFailure } from './import-failure';
import { ImportReview, type ImportSource } from './import-review';
import { ResetDialog } from './reset-dialog';
import { ShareDialog } from './share-dialog';

export { exportProgress } from '../shared/export-progress';

export type ActionAsk =
  { kind: 'reset' } | { kind: 'share' } | { kind: 'import'; source: ImportSource };

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
  const text = useOrganisationsText();
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
      {open?.kind === 'share' && <ShareDialog onClose={close} />}
      {open?.kind === 'import' && (
        <ImportReview
          key={request.id}
          source={open.source}
          procedure={procedure}
          onClose={close}
          onFailure={setFailure}
          onImported={(change, merged) => {
            setFailure(null);
            offerUndo(merged ? text.mergeDone : messages.importDone, change);
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
