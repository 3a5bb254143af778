import type { Item } from '../../content/types';
import { formatDate } from '../../engine/dates';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';
import { useItemDeadline } from '../shared/use-deadlines';

export type ItemDueProps = { item: Item; id: string };

/**
 * «до 29.12.2026» on a step with a day to be done by, once the dates are known; with a warning
 * in words and a symbol once the day has passed or is close, until the step is ticked.
 */
export function ItemDue({ item, id }: ItemDueProps) {
  const ui = useUi();
  const deadline = useItemDeadline(item);
  if (!deadline) return <span id={id} hidden />;
  const warn = deadline.state === 'passed' || deadline.state === 'soon';
  return (
    <p className="card-due" id={id} data-state={deadline.state}>
      {warn && <Icon name="warning" />}
      <span>{ui.dueBy(formatDate(deadline.date))}</span>
      {warn && (
        <span className="card-due-state">
          {' · '}
          {ui.dueState(deadline.state, deadline.workingDaysLeft)}
        </span>
      )}
    </p>
  );
}
