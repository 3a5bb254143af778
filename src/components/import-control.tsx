import { useMemo, useState, type ChangeEvent } from 'react';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { choiceOptionIds, itemIds, overallCount } from '../engine/progress';
import {
  FILE_MAX_BYTES,
  parseProgressFile,
  type ImportProblem,
  type KnownIds,
} from '../store/progress-file';
import { useProgressStore, type SavedProgress } from '../store/progress-store';
import { ConfirmDialog } from './confirm-dialog';
import { ShortLabel } from './short-label';

export type ImportFailure = ImportProblem | 'unreadable';

export type ImportControlProps = {
  procedure: Procedure;
  onFailure: (failure: ImportFailure) => void;
  onImported: (previous: SavedProgress) => void;
};

type Pending = { progress: SavedProgress; exportedAt: Date | null };

/**
 * "Импорт из файла": reads an exported file, checks it fully, shows what it would replace
 * and applies it only when confirmed. A bad file changes nothing.
 */
export function ImportControl({ procedure, onFailure, onImported }: ImportControlProps) {
  const [pending, setPending] = useState<Pending | null>(null);
  const replaceProgress = useProgressStore((state) => state.replaceProgress);
  const known = useMemo<KnownIds>(
    () => ({ items: itemIds(procedure), choices: choiceOptionIds(procedure) }),
    [procedure],
  );

  const readFile = async (file: File) => {
    if (file.size > FILE_MAX_BYTES) {
      onFailure('too-large');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      onFailure('unreadable');
      return;
    }
    const result = parseProgressFile(text, known);
    if (result.ok) setPending({ progress: result.progress, exportedAt: result.exportedAt });
    else onFailure(result.problem);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (file) void readFile(file);
  };

  const current = overallCount(procedure, useProgressStore.getState());
  const incoming = pending ? overallCount(procedure, pending.progress) : null;

  return (
    <>
      <label className="button button-quiet file-button">
        <input
          type="file"
          className="file-input"
          accept=".json,application/json"
          aria-label={ui.importLabel}
          onChange={onChange}
        />
        <ShortLabel full={ui.importLabel} short={ui.importShort} />
      </label>
      <ConfirmDialog
        open={pending !== null}
        title={ui.importTitle}
        confirmLabel={ui.importConfirm}
        onCancel={() => {
          setPending(null);
        }}
        onConfirm={() => {
          if (!pending) return;
          setPending(null);
          onImported(replaceProgress(pending.progress));
        }}
      >
        <p>{ui.importNow(current.done, current.total)}</p>
        {incoming && pending && (
          <p>{ui.importFromFile(incoming.done, incoming.total, pending.exportedAt)}</p>
        )}
        <p>{ui.importReplaces}</p>
      </ConfirmDialog>
    </>
  );
}
