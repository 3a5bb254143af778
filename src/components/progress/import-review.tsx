import { useEffect, useMemo, useState } from 'react';
import type { Procedure } from '../../content/types';
import { knownIds } from '../../engine/content-ids';
import { overallCount } from '../../engine/progress';
import { FILE_MAX_BYTES, parseProgressFile, type KnownIds } from '../../store/progress-file';
import { useProgressStore, type SavedProgress, type Change } from '../../store/progress-store';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { useMessages } from '../shared/use-messages';
import type { ImportFailure } from './import-failure';

export type ImportReviewProps = {
  file: File;
  procedure: Procedure;
  onFailure: (failure: ImportFailure) => void;
  onImported: (change: Change) => void;
  onClose: () => void;
};

type Pending = { progress: SavedProgress; exportedAt: Date | null };

/** Reads and checks a chosen file, then shows what it would replace and asks. */
export function ImportReview({
  file,
  procedure,
  onFailure,
  onImported,
  onClose,
}: ImportReviewProps) {
  const messages = useMessages();
  const [pending, setPending] = useState<Pending | null>(null);
  const replaceProgress = useProgressStore((state) => state.replaceProgress);
  const known = useMemo<KnownIds>(() => knownIds(procedure), [procedure]);

  useEffect(() => {
    let current = true;
    const fail = (failure: ImportFailure) => {
      if (!current) return;
      onFailure(failure);
      onClose();
    };
    if (file.size > FILE_MAX_BYTES) {
      fail('too-large');
      return;
    }
    file.text().then(
      (text) => {
        const result = parseProgressFile(text, known);
        if (!result.ok) fail(result.problem);
        else if (current) setPending({ progress: result.progress, exportedAt: result.exportedAt });
      },
      () => {
        fail('unreadable');
      },
    );
    return () => {
      current = false;
    };
  }, [file, known, onFailure, onClose]);

  if (!pending) return null;
  const now = overallCount(procedure, useProgressStore.getState());
  const incoming = overallCount(procedure, pending.progress);

  return (
    <ConfirmDialog
      open
      title={messages.importTitle}
      confirmLabel={messages.importConfirm}
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        onImported(replaceProgress(pending.progress));
      }}
    >
      <p>{messages.importNow(now.done, now.total)}</p>
      <p>{messages.importFromFile(incoming.done, incoming.total, pending.exportedAt)}</p>
      <p>{messages.importReplaces}</p>
    </ConfirmDialog>
  );
}
