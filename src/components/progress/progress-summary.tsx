import { useLayoutEffect, useRef } from 'react';
import type { Procedure } from '../../content/types';
import { overallCount, percent } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { useUi } from '../shared/language';

export type ProgressSummaryProps = {
  procedure: Procedure;
};

/** How far along the whole procedure is: the bar and "7 из 17 шагов · 41 %". */
export function ProgressSummary({ procedure }: ProgressSummaryProps) {
  const ui = useUi();
  const done = useProgressStore((state) => overallCount(procedure, state).done);
  const total = useProgressStore((state) => overallCount(procedure, state).total);
  const value = percent({ done, total });
  const fill = useRef<HTMLDivElement>(null);
  // Set through the CSSOM, which the page's CSP allows, rather than a style attribute.
  useLayoutEffect(() => {
    fill.current?.style.setProperty('transform', `scaleX(${String(value / 100)})`);
  }, [value]);

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
        <div ref={fill} className="progress-fill" />
      </div>
      <p className="progress-text" aria-hidden="true">
        {ui.stepsOf(done, total)} · {ui.percent(value)}
      </p>
    </div>
  );
}
