import type { Procedure } from '../../content/types';
import { isProcedureComplete } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';

export type ConclusionProps = {
  procedure: Procedure;
  /** At the top: the success panel, in a live region that announces completion. */
  top?: boolean;
};

/**
 * The article's closing recommendation: at the end of the list while work remains, and in
 * the success panel at the top once everything is ticked.
 */
export function Conclusion({ procedure, top = false }: ConclusionProps) {
  const ui = useUi();
  const complete = useProgressStore((state) => isProcedureComplete(procedure, state));
  if (top) {
    return (
      <div role="status" className="done-status">
        {complete && (
          <div className="done-panel">
            <p className="done-title">
              <Icon name="check" />
              {ui.doneTitle}
            </p>
            <p className="done-text">{procedure.conclusion}</p>
          </div>
        )}
      </div>
    );
  }
  return complete ? null : (
    <aside className="recommendation" aria-labelledby="recommendation-title">
      <h2 id="recommendation-title" className="recommendation-title">
        {ui.recommendationTitle}
      </h2>
      <p>{procedure.conclusion}</p>
    </aside>
  );
}
