import type { ListSection as ListSectionContent } from '../../content/types';
import { sectionHeadingId } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { ItemList } from './item-list';
import { SectionHeader } from './section-header';

export type ListSectionProps = {
  section: ListSectionContent;
  stage: number;
  stages: number;
};

export function ListSection({ section, stage, stages }: ListSectionProps) {
  return (
    <section className="stage" aria-labelledby={sectionHeadingId(section.id)}>
      <SectionHeader section={section} label={useUi().stage(stage, stages)} />
      <ItemList items={section.items} ordered={section.ordered} />
    </section>
  );
}
