import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { itemIds } from '../engine/progress';
import { useProgressStore, type SavedProgress } from '../store/progress-store';
import { ConfirmDialog } from './confirm-dialog';
import { ShortLabel } from './short-label';

export type ResetControlProps = {
  procedure: Procedure;
  onReset: (previous: SavedProgress) => void;
};

/** "Сбросить прогресс", asked in a dialog that says what will be cleared. */
export function ResetControl({ procedure, onReset }: ResetControlProps) {
  const [open, setOpen] = useState(false);
  const resetProgress = useProgressStore((state) => state.resetProgress);
  const [ticked, notes] = useProgressStore(
    useShallow((state) => {
      const known = itemIds(procedure);
      return [
        Object.keys(state.ticks).filter((id) => known.has(id)).length,
        Object.keys(state.notes).filter((id) => known.has(id)).length,
      ];
    }),
  );

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        aria-label={ui.resetLabel}
        onClick={() => {
          setOpen(true);
        }}
      >
        <ShortLabel full={ui.resetLabel} short={ui.resetShort} />
      </button>
      <ConfirmDialog
        open={open}
        title={ui.resetTitle}
        confirmLabel={ui.resetConfirm}
        onCancel={() => {
          setOpen(false);
        }}
        onConfirm={() => {
          setOpen(false);
          onReset(resetProgress());
        }}
      >
        <p>{ui.resetDescription(ticked, notes)}</p>
      </ConfirmDialog>
    </>
  );
}
