import { productionCalendar } from '../../content/documents/production-calendar';
import type { Procedure } from '../../content/types';
import { formatDate } from '../../engine/dates';
import { isProcedureComplete } from '../../engine/progress';
import { contractEnd, noticePlan } from '../../engine/timeline';
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
            <Outside />
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

/**
 * What ticking every box does not do: the notice received, the act signed, the end date
 * reached. Said under the success panel, so that a full page never reads as a contract ended.
 */
function Outside() {
  const ui = useUi();
  const receiveBy = useProgressStore((state) => {
    const plan = noticePlan(state.letter, productionCalendar);
    return plan ? formatDate(plan.receiveBy) : '';
  });
  const end = useProgressStore((state) => {
    const date = contractEnd(state.letter);
    return date ? formatDate(date) : '';
  });
  return (
    <div className="done-outside">
      <p className="done-outside-title">{ui.doneOutsideTitle}</p>
      <ul className="done-outside-list">
        {ui.doneOutside(receiveBy, end).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="done-text">{ui.doneOutsideNote}</p>
    </div>
  );
}
