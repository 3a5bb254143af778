import type { ChoiceSection as ChoiceSectionContent, Procedure } from '../../content/types';
import { isLocked } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { optionDomId, sectionHeadingId } from '../shared/dom-ids';
import { useUi } from '../shared/language';
import { LockPanel } from './lock-panel';
import { OptionColumn } from './option-column';
import { SectionHeader } from './section-header';

export type ChoiceSectionProps = {
  procedure: Procedure;
  section: ChoiceSectionContent;
  stage: number;
  stages: number;
};

/** Options compared side by side, behind the section's gate when it has one. */
export function ChoiceSection({ procedure, section, stage, stages }: ChoiceSectionProps) {
  const ui = useUi();
  const locked = useProgressStore((state) => isLocked(procedure, section, state));
  const chosen = useProgressStore((state) => state.choices[section.id]);
  const chooseOption = useProgressStore((state) => state.chooseOption);

  return (
    <section className="stage" aria-labelledby={sectionHeadingId(section.id)}>
      <SectionHeader section={section} label={ui.stage(stage, stages)} locked={locked} />
      <p className="visually-hidden" aria-live="polite">
        {locked ? '' : ui.unlocked}
      </p>
      {locked && section.gate ? (
        <LockPanel procedure={procedure} section={section} gate={section.gate} />
      ) : (
        <fieldset className="comparison">
          <legend className="comparison-legend">{section.prompt}</legend>
          <p className="comparison-note">{section.note}</p>
          <div className="comparison-columns">
            {section.options.map((option) => (
              <OptionColumn
                key={option.id}
                groupName={`choice-${section.id}`}
                radioId={optionDomId(section.id, option.id)}
                option={option}
                chosen={chosen === option.id}
                onChoose={() => chooseOption(section.id, option.id)}
              />
            ))}
          </div>
        </fieldset>
      )}
    </section>
  );
}
