import type { Section } from '../../content/types';
import { sectionCount } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { sectionHeadingId } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { SectionCounter } from './section-counter';

export type SectionHeaderProps = {
  section: Section;
  /** Where the section stands: "Этап 1 из 4", or "Дополнение к статье" for added steps. */
  label: string;
  /** Behind its gate: the heading says it is not open yet. */
  locked?: boolean;
};

/**
 * The stage's label, title and counter. The heading itself says all three, so that someone
 * moving by headings hears «Этап 1 из 4. Подготовка… — 2 из 4»; the region it names keeps
 * the title alone.
 */
export function SectionHeader({ section, label, locked = false }: SectionHeaderProps) {
  return (
    <header className="section-header">
      <p className="section-stage" aria-hidden="true">
        {label}
      </p>
      <h2 className="section-title">
        <span className="visually-hidden">{label}.</span>{' '}
        <span id={sectionHeadingId(section.id)}>{section.title}</span>{' '}
        <StageState section={section} locked={locked} />
      </h2>
      <SectionCounter section={section} />
    </header>
  );
}

/** « — 2 из 4», « — готово» or « — ещё не открыт», for the heading only. */
function StageState({ section, locked }: { section: Section; locked: boolean }) {
  const ui = useUi();
  const done = useProgressStore((state) => sectionCount(section, state).done);
  const total = useProgressStore((state) => sectionCount(section, state).total);
  return <span className="visually-hidden">— {ui.stageState(done, total, locked)}</span>;
}
