import type { Procedure } from '../content/types';
import { ui } from '../content/ui-ru';
import { overallCount, percent } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';

export type ProgressSummaryProps = {
  procedure: Procedure;
};

/** How far along the whole procedure is: the bar and "7 из 17 шагов · 41 %". */
export function ProgressSummary({ procedure }: ProgressSummaryProps) {
  const done = useProgressStore((state) => overallCount(procedure, state).done);
  const total = useProgressStore((state) => overallCount(procedure, state).total);
  const value = percent({ done, total });

  return (
    <div className="progress-row">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={ui.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={ui.progressValueText(done, total, value)}
      >
        <div className="progress-fill" style={{ inlineSize: `${value}%` }} />
      </div>
      <p className="progress-text" aria-hidden="true">
        {ui.stepsOf(done, total)} · {ui.percent(value)}
      </p>
    </div>
  );
}
