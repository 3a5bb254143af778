import type { Section } from '../content/types';
import { ui } from '../content/ui-ru';
import { sectionCount } from '../engine/progress';
import { useProgressStore } from '../store/progress-store';
import { sectionHeadingId } from './dom-ids';
import { CheckIcon } from './icons';

export type SectionHeaderProps = {
  section: Section;
  stage: number;
  stages: number;
};

export function SectionHeader({ section, stage, stages }: SectionHeaderProps) {
  return (
    <header className="section-header">
      <p className="section-stage">{ui.stage(stage, stages)}</p>
      <h2 id={sectionHeadingId(section.id)} className="section-title">
        {section.title}
      </h2>
      <SectionCounter section={section} />
    </header>
  );
}

function SectionCounter({ section }: { section: Section }) {
  const done = useProgressStore((state) => sectionCount(section, state).done);
  const total = useProgressStore((state) => sectionCount(section, state).total);
  const complete = total > 0 && done === total;
  return (
    <p className="section-counter" data-complete={complete}>
      <span>{ui.sectionCount(done, total)}</span>
      {complete && (
        <span className="section-done">
          <CheckIcon /> {ui.sectionDone}
        </span>
      )}
    </p>
  );
}
