import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { isProcedureComplete } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';

export type DonePanelProps = {
  procedure: Procedure;
};

/** The success panel at the top of the list; its live region announces completion. */
export function DonePanel({ procedure }: DonePanelProps) {
  const complete = useProgressStore((state) => isProcedureComplete(procedure, state));
  return (
    <div role="status" className="done-status">
      {complete && (
        <div className="done-panel">
          <p className="done-title">
            <span className="icon icon-check" aria-hidden="true" />
            {ui.doneTitle}
          </p>
          <p className="done-text">{procedure.conclusion}</p>
        </div>
      )}
    </div>
  );
}
