import type { Section } from '../../content/types';
import { sectionCount } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';

export type SectionCounterProps = {
  section: Section;
  /** Behind its gate: its heading says it is not open yet. */
  locked?: boolean;
  /** The id of the state its heading is also named by. */
  stateId?: string;
};

/** "2 из 4", and a quiet "готово" once the section is complete; the heading says it aloud. */
export function SectionCounter({ section, locked = false, stateId }: SectionCounterProps) {
  const ui = useUi();
  const done = useProgressStore((state) => sectionCount(section, state).done);
  const total = useProgressStore((state) => sectionCount(section, state).total);
  const complete = total > 0 && done === total;
  return (
    <p className="section-counter" data-complete={complete} aria-hidden="true">
      <span>{ui.sectionCount(done, total)}</span>
      {stateId && (
        <span className="visually-hidden" id={stateId}>
          — {ui.stageState(done, total, locked)}
        </span>
      )}
      {complete && (
        <span className="section-done">
          <Icon name="check" /> {ui.sectionDone}
        </span>
      )}
    </p>
  );
}
