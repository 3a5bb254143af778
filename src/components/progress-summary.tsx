import { useShallow } from 'zustand/react/shallow';
import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { overallCount, percent } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';

export type ProgressSummaryProps = {
  procedure: Procedure;
};

/** How far along the whole procedure is: the bar and "7 из 17 шагов · 41 %". */
export function ProgressSummary({ procedure }: ProgressSummaryProps) {
  const count = useProgressStore(useShallow((state) => overallCount(procedure, state)));
  const value = percent(count);

  return (
    <div className="progress-row">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={ui.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={ui.progressValueText(count.done, count.total, value)}
      >
        <div className="progress-fill" style={{ inlineSize: `${value}%` }} />
      </div>
      <p className="progress-text" aria-hidden="true">
        {ui.stepsOf(count.done, count.total)} · {ui.percent(value)}
      </p>
    </div>
  );
}
