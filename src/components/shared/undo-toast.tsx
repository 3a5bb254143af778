import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { undo as takeBack } from '../../store/organisation-actions';
import type { Change } from '../../store/progress-store';
import { TOAST_REGION_ID } from './dom-ids';
import { useMessages } from './use-messages';

export type UndoOffer = {
  message: string;
  /** The reset or import to take back. */
  change: Change;
  /** A new id restarts the countdown for a new offer. */
  id: number;
  /** Said once the change is taken back; "Прогресс восстановлен." unless given. */
  undone?: string;
};

export type UndoToastProps = {
  offer: UndoOffer | null;
  onSettled: () => void;
};

/** How long "Отменить" stays offered; paused while the pointer or focus is on the button. */
export const UNDO_WINDOW_MS = 20_000;
const CONFIRMATION_MS = 5_000;

/**
 * A polite message at the bottom of the screen that never takes focus, drawn into the live
 * region the toolbar keeps in the page, so screen readers announce it.
 */
export function UndoToast({ offer, onSettled }: UndoToastProps) {
  const messages = useMessages();
  const [paused, setPaused] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);

  useEffect(() => {
    if (!offer || paused) return;
    const timer = setTimeout(onSettled, UNDO_WINDOW_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [offer, paused, onSettled]);

  useEffect(() => {
    if (restored === null) return;
    const timer = setTimeout(() => {
      setRestored(null);
    }, CONFIRMATION_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [restored]);

  const undo = () => {
    if (!offer) return;
    takeBack(offer.change);
    setPaused(false);
    setRestored(offer.undone ?? messages.undone);
    onSettled();
  };

  // Drawn into the live region the toolbar keeps in the page, so that it is read out.
  const region = document.getElementById(TOAST_REGION_ID);
  if (!region) return null;
  return createPortal(
    <>
      {offer && (
        <div className="toast" key={offer.id}>
          <p>{offer.message}</p>
          <button
            type="button"
            className="button"
            onClick={undo}
            onPointerEnter={() => {
              setPaused(true);
            }}
            onPointerLeave={() => {
              setPaused(false);
            }}
            onFocus={() => {
              setPaused(true);
            }}
            onBlur={() => {
              setPaused(false);
            }}
          >
            {messages.undo}
          </button>
        </div>
      )}
      {!offer && restored !== null && (
        <div className="toast">
          <p>{restored}</p>
        </div>
      )}
    </>,
    region,
  );
}
