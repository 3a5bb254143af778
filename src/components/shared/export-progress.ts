import { fileOrganisations } from '../../store/organisation-rows';
import { progressFileName, serializeProgress } from '../../store/progress-file';
import { organisationIds, useProgressStore } from '../../store/progress-store';
import { downloadText } from './download';

/**
 * Downloads the open organisation's progress (or, with `all`, every organisation's) as a dated
 * JSON file, straight from the person's click.
 */
export function exportProgress(all = false): void {
  const now = new Date();
  const state = useProgressStore.getState();
  const ids = all ? organisationIds(state) : [state.organisation];
  downloadText(
    progressFileName(now, all),
    serializeProgress(fileOrganisations(ids), now),
    'application/json',
  );
}
