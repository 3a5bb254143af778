import { fileOrganisations } from '../../store/organisation-rows';
import { progressFileName, serializeProgress, type FileDevice } from '../../store/progress-file';
import { organisationIds, useProgressStore } from '../../store/progress-store';
import { downloadText } from './download';

/** This device as a file names it: its id (made now if it has none) and the name given it. */
export function fileDevice(): FileDevice {
  const { device } = useProgressStore;
  const id = device.id();
  const { name } = useProgressStore.getState().device;
  return name.trim() ? { id, name: name.trim() } : { id };
}

/** The text of a file holding the open organisation (or, with `all`, every organisation). */
export function progressFileText(now: Date, all = false, indent = 2): string {
  const state = useProgressStore.getState();
  const ids = all ? organisationIds(state) : [state.organisation];
  return serializeProgress(fileOrganisations(ids), now, fileDevice(), indent);
}

/**
 * Downloads the open organisation's progress (or, with `all`, every organisation's) as a dated
 * JSON file, straight from the person's click, and notes when progress was last copied out.
 */
export function exportProgress(all = false): void {
  const now = new Date();
  downloadText(progressFileName(now, all), progressFileText(now, all), 'application/json');
  useProgressStore.device.write({ copiedAt: now.getTime() });
}
