import type { Section } from '../../content/types';
import { sectionHeadingId } from '../shared/dom-ids';
import { SectionCounter } from './section-counter';

export type SectionHeaderProps = {
  section: Section;
  /** Where the section stands: "Этап 1 из 4", or "Дополнение к статье" for added steps. */
  label: string;
};

export function SectionHeader({ section, label }: SectionHeaderProps) {
  return (
    <header className="section-header">
      <p className="section-stage">{label}</p>
      <h2 id={sectionHeadingId(section.id)} className="section-title">
        {section.title}
      </h2>
      <SectionCounter section={section} />
    </header>
  );
}
