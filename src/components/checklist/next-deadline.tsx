import { formatDate } from '../../engine/dates';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';
import { useNextDeadline } from '../shared/use-deadlines';

/**
 * The first deadline not yet met, at the top of the page once the letter's dates give one:
 * what is to be done by when, and a warning in words once the day is close or has passed.
 */
export function NextDeadline() {
  const ui = useUi();
  const next = useNextDeadline();
  if (!next) return null;
  const warn = next.state === 'passed' || next.state === 'soon';
  const date = formatDate(next.date);
  return (
    <aside className="next-deadline" data-state={next.state} aria-labelledby="next-deadline-title">
      <p>
        <strong id="next-deadline-title" className="next-deadline-title">
          {warn && <Icon name="warning" />}
          {ui.nextDeadlineLabel}:
        </strong>{' '}
        {next.id === 'end' ? (
          ui.nextDeadlineEnd(date)
        ) : (
          <>
            {next.label} — {ui.dueBy(date)}
          </>
        )}
        {warn && <> · {ui.dueState(next.state, next.workingDaysLeft)}</>}{' '}
        <a href="#dates" className="next-deadline-link">
          {ui.nextDeadlineDates}
        </a>
      </p>
      {next.state === 'passed' && next.id === 'notice' && (
        <p className="next-deadline-advice">{ui.nextDeadlinePassed}</p>
      )}
    </aside>
  );
}
