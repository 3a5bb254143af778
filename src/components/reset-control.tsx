import { lazy, Suspense, useState } from 'react';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import type { SavedProgress } from '../store/progress-store';
import { ShortLabel } from './short-label';

const loadDialog = () => import('./reset-dialog');
const ResetDialog = lazy(() => loadDialog().then((m) => ({ default: m.ResetDialog })));
const preloadDialog = () => void loadDialog();

export type ResetControlProps = {
  procedure: Procedure;
  onReset: (previous: SavedProgress) => void;
};

/** "Сбросить прогресс": the dialog that asks first is loaded when it is needed. */
export function ResetControl({ procedure, onReset }: ResetControlProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        aria-label={ui.resetLabel}
        aria-haspopup="dialog"
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => {
          setOpen(true);
        }}
      >
        <ShortLabel full={ui.resetLabel} short={ui.resetShort} />
      </button>
      {open && (
        <Suspense fallback={null}>
          <ResetDialog
            procedure={procedure}
            onClose={() => {
              setOpen(false);
            }}
            onReset={onReset}
          />
        </Suspense>
      )}
    </>
  );
}
