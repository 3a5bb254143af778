import { ui } from '../content/ui-ru';
import { useProgressStore } from '../store/progress-store';
import { downloadText } from './download';
import { ShortLabel } from './short-label';

/** Downloads the progress as a versioned JSON file, to keep or to move to another device. */
export function ExportButton() {
  const exportProgress = async () => {
    const { progressFileName, serializeProgress } = await import('../store/progress-file');
    const now = new Date();
    downloadText(
      progressFileName(now),
      serializeProgress(useProgressStore.getState(), now),
      'application/json',
    );
  };
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-label={ui.exportLabel}
      onClick={() => void exportProgress()}
    >
      <ShortLabel full={ui.exportLabel} short={ui.exportShort} />
    </button>
  );
}
