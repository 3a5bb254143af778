import type { ReactNode } from 'react';
import type { Procedure } from '../../content/types';
import { NOTICES_ID, TOAST_REGION_ID } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { ProgressActions, ShareButton } from './progress-actions';
import { ProgressSummary } from './progress-summary';
import { ResumeLink } from './resume-link';
import { StorageAlert } from './storage-alert';

export type ProgressToolbarProps = {
  procedure: Procedure;
  /** Shown first in the bar: which organisation the progress is of. */
  organisation?: ReactNode;
  /** Messages of other features, beside the storage messages. */
  notices?: ReactNode;
};

/**
 * Messages under the header, then the bar that stays in view: progress and the few actions
 * on it. The undo message's live region is always present, so what appears in it is read out.
 */
export function ProgressToolbar({ procedure, organisation, notices }: ProgressToolbarProps) {
  const ui = useUi();
  return (
    <>
      <div className="page notices" id={NOTICES_ID}>
        <StorageAlert />
        {notices}
      </div>
      <div className="toolbar" role="region" aria-label={ui.toolbarLabel}>
        <div className="toolbar-inner">
          <div className="toolbar-head">
            {organisation}
            <ShareButton />
          </div>
          <ProgressSummary procedure={procedure} />
          <div className="toolbar-actions" role="group" aria-label={ui.actionsLabel}>
            <ResumeLink procedure={procedure} />
            <span className="toolbar-spacer" />
            <ProgressActions procedure={procedure} />
          </div>
        </div>
      </div>
      <div role="status" className="toast-region" id={TOAST_REGION_ID} />
    </>
  );
}
