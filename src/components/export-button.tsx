import { ui } from '../content/ui-ru';
import { progressFileName, serializeProgress } from '../store/progress-file';
import { useProgressStore } from '../store/progress-store';
import { downloadText } from './download';
import { ShortLabel } from './short-label';

/** Downloads the progress as a versioned JSON file, to keep or to move to another device. */
export function ExportButton() {
  const exportProgress = () => {
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
      onClick={exportProgress}
    >
      <ShortLabel full={ui.exportLabel} short={ui.exportShort} />
    </button>
  );
}
