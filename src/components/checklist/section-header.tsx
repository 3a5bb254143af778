import type { Section } from '../../content/types';
import { sectionHeadingId } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { SectionCounter } from './section-counter';

export type SectionHeaderProps = {
  section: Section;
  stage: number;
  stages: number;
};

export function SectionHeader({ section, stage, stages }: SectionHeaderProps) {
  const ui = useUi();
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
