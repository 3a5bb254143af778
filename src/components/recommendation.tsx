import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { isProcedureComplete } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';

export type RecommendationProps = {
  procedure: Procedure;
};

/** The article's closing advice, at the end of the list until the success panel takes it over. */
export function Recommendation({ procedure }: RecommendationProps) {
  const complete = useProgressStore((state) => isProcedureComplete(procedure, state));
  if (complete) return null;
  return (
    <aside className="recommendation" aria-labelledby="recommendation-title">
      <h2 id="recommendation-title" className="recommendation-title">
        {ui.recommendationTitle}
      </h2>
      <p>{procedure.conclusion}</p>
    </aside>
  );
}
