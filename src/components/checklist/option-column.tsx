import type { ChoiceOption } from '../../content/types';
import { isTicked } from '../../engine/progress';
import { useProgressStore } from '../../store/progress-store';
import { useUi } from '../shared/language';
import { ItemList } from './item-list';

export type OptionColumnProps = {
  groupName: string;
  radioId: string;
  option: ChoiceOption;
  chosen: boolean;
  onChoose: () => void;
};

/** One option of a comparison: its radio on top, what it involves, then its steps. */
export function OptionColumn({ groupName, radioId, option, chosen, onChoose }: OptionColumnProps) {
  const ui = useUi();
  const summaryId = `${radioId}-summary`;
  const done = useProgressStore(
    (state) => option.items.filter((item) => isTicked(state, item.id)).length,
  );

  return (
    <div className="option" data-chosen={chosen}>
      <label className="option-choice" htmlFor={radioId}>
        <input
          id={radioId}
          className="option-radio"
          type="radio"
          name={groupName}
          value={option.id}
          checked={chosen}
          aria-describedby={summaryId}
          onChange={onChoose}
        />
        <span className="option-label">{option.label}</span>
      </label>
      <p className="option-summary" id={summaryId}>
        {option.summary}
      </p>
      <p className="option-status">
        {chosen ? ui.sectionCount(done, option.items.length) : ui.optionIdle}
      </p>
      <ItemList items={option.items} ordered={option.ordered} disabled={!chosen} />
    </div>
  );
}
