import type { Section } from '../../content/types';
import { sectionHeadingId } from '../shared/dom-ids';
import { SectionCounter } from './section-counter';

export type SectionHeaderProps = {
  section: Section;
  /** Where the section stands: "Этап 1 из 4", or "Дополнение к статье" for added steps. */
  label: string;
  /** Behind its gate: the heading says it is not open yet. */
  locked?: boolean;
};

/**
 * The stage's label, title and counter. The heading is named by all three, so that someone
 * moving by headings hears «Этап 1 из 4. Подготовка… — 2 из 4»; the region keeps the title
 * alone. The state is the counter's, so a tick redraws the counter only, as before.
 */
export function SectionHeader({ section, label, locked = false }: SectionHeaderProps) {
  const titleId = sectionHeadingId(section.id);
  return (
    <header className="section-header">
      <p className="section-stage" aria-hidden="true">
        {label}
      </p>
      <h2
        className="section-title"
        aria-labelledby={`${titleId}-stage ${titleId} ${titleId}-state`}
      >
        <span className="visually-hidden" id={`${titleId}-stage`}>
          {label}.
        </span>{' '}
        <span id={titleId}>{section.title}</span>
      </h2>
      <SectionCounter section={section} locked={locked} stateId={`${titleId}-state`} />
    </header>
  );
}
