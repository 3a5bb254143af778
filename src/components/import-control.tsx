import { lazy, Suspense, useCallback, useState, type ChangeEvent } from 'react';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import type { SavedProgress } from '../store/progress-store';
import type { ImportFailure } from './import-failure';
import { ShortLabel } from './short-label';

const ImportReview = lazy(() =>
  import('./import-review').then((m) => ({ default: m.ImportReview })),
);

export type ImportControlProps = {
  procedure: Procedure;
  onFailure: (failure: ImportFailure) => void;
  onImported: (previous: SavedProgress) => void;
};

/**
 * "Импорт из файла": a native file input. Checking the file and asking before replacing
 * anything is loaded once a file is chosen.
 */
export function ImportControl({ procedure, onFailure, onImported }: ImportControlProps) {
  const [file, setFile] = useState<File | null>(null);
  const close = useCallback(() => {
    setFile(null);
  }, []);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0] ?? null;
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    setFile(chosen);
  };

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
      {file && (
        <Suspense fallback={null}>
          <ImportReview
            key={`${file.name}-${String(file.lastModified)}-${String(file.size)}`}
            file={file}
            procedure={procedure}
            onFailure={onFailure}
            onImported={onImported}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
