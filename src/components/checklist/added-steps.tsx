import type { Procedure } from '../../content/types';
import { addedSection } from '../../engine/situation';
import { useProgressStore } from '../../store/progress-store';
import { sectionHeadingId } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { ItemList } from './item-list';
import { SectionHeader } from './section-header';

/**
 * The steps the situation check adds, before the article's stages, while the answers add any.
 * They are not the article's text, and the section says so.
 */
export function AddedSteps({ procedure }: { procedure: Procedure }) {
  const ui = useUi();
  const situation = procedure.situation;
  const section = useProgressStore((state) =>
    situation ? addedSection(situation, state.answers) : null,
  );
  if (!situation || !section) return null;
  return (
    <section className="added" aria-labelledby={sectionHeadingId(section.id)}>
      <SectionHeader section={section} label={ui.addedLabel} />
      <p className="added-note">{situation.section.note}</p>
      <ItemList items={section.items} ordered={false} />
    </section>
  );
}
