import { useShallow } from 'zustand/react/shallow';
import type { Procedure } from '../../content/types';
import { knownIds } from '../../engine/content-ids';
import { useProgressStore, type Change } from '../../store/progress-store';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useMessages } from '../shared/use-messages';

export type ResetDialogProps = {
  procedure: Procedure;
  onClose: () => void;
  onReset: (change: Change) => void;
};

/** Asks before clearing, and says exactly what will be cleared. */
export function ResetDialog({ procedure, onClose, onReset }: ResetDialogProps) {
  const messages = useMessages();
  const resetProgress = useProgressStore((state) => state.resetProgress);
  const [ticked, notes] = useProgressStore(
    useShallow((state) => {
      const known = knownIds(procedure).items;
      return [
        Object.keys(state.ticks).filter((id) => known.has(id)).length,
        Object.keys(state.notes).filter((id) => known.has(id)).length,
      ];
    }),
  );

  return (
    <ConfirmDialog
      open
      title={messages.resetTitle}
      confirmLabel={messages.resetConfirm}
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        onReset(resetProgress());
      }}
    >
      <p>{messages.resetDescription(ticked, notes)}</p>
    </ConfirmDialog>
  );
}
