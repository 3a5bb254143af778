import { useState } from 'react';
import type { ProblemCode, ProblemContext } from '../../content/documents-ru';
import { productionCalendar } from '../../content/production-calendar';
import { daysBetween, formatDate } from '../../engine/dates';
import { writeReminder } from '../../engine/ics';
import { reminderDay, type LetterDraft } from '../../engine/letter';
import { setLetterField } from '../../store/letter-draft';
import { useProgressStore } from '../../store/progress-store';
import { downloadText } from '../shared/download';
import { LetterField } from './letter-field';
import { reminderEvent } from './reminder-event';
import { useDocumentsText } from './use-documents-text';

export type LetterDatesProps = {
  draft: LetterDraft;
  today: string;
  problems: Partial<Record<'periodEnd' | 'disconnectionDate', ProblemCode>>;
  context: ProblemContext;
};

/**
 * The dates that matter: the end of the billing period with the days left, the planned
 * disconnection date (advised to be that same day), and a calendar reminder before it.
 */
export function LetterDates({ draft, today, problems, context }: LetterDatesProps) {
  const text = useDocumentsText();
  const organisation = useProgressStore((state) => state.organisation);
  const [reminder, setReminder] = useState<'saved' | 'needs-date' | null>(null);
  const left = draft.periodEnd ? daysBetween(today, draft.periodEnd) : null;
  const plan = reminderDay(draft, productionCalendar, text.reminderWorkingDays);
  const reminderYear = plan ? Number(plan.date.slice(0, 4)) : null;

  const download = () => {
    const reminder = reminderEvent(draft, text, { id: organisation }, new Date());
    if (!reminder) {
      setReminder('needs-date');
      return;
    }
    const ics = writeReminder(reminder.event);
    downloadText(text.reminderFile(reminder.plan.date), ics, 'text/calendar;charset=utf-8');
    setReminder('saved');
  };

  return (
    <fieldset className="letter-dates">
      <legend className="fieldset-legend">{text.datesLabel}</legend>
      <LetterField
        field="periodEnd"
        value={draft.periodEnd ?? ''}
        input={{ type: 'date' }}
        problem={problems.periodEnd}
        context={context}
        after={
          left !== null && (
            <p className="field-status" role="status">
              {text.periodLeft(left)}
            </p>
          )
        }
      />
      <LetterField
        field="disconnectionDate"
        value={draft.disconnectionDate ?? ''}
        input={{ type: 'date' }}
        problem={problems.disconnectionDate}
        context={context}
        after={
          problems.disconnectionDate === 'not-period-end' &&
          draft.periodEnd && (
            <button
              type="button"
              className="button button-quiet field-fix"
              onClick={() => {
                setLetterField('disconnectionDate', draft.periodEnd ?? '');
              }}
            >
              {text.usePeriodEnd(formatDate(draft.periodEnd))}
            </button>
          )
        }
      />
      <div className="reminder">
        <button type="button" className="button" onClick={download}>
          {text.reminderButton}
        </button>
        {plan && <p className="field-hint">{text.reminderPlan(formatDate(plan.date))}</p>}
        {plan && !plan.covered && reminderYear !== null && (
          <p className="field-hint">{text.reminderUncovered(reminderYear)}</p>
        )}
        {plan?.provisional.map((year) => (
          <p key={year} className="field-hint">
            {text.reminderProvisional(year)}
          </p>
        ))}
        {plan && (
          <p className="field-hint calendar-source">
            {[...new Set([plan.date, plan.target].map((date) => Number(date.slice(0, 4))))]
              .flatMap((year) => {
                const source = productionCalendar[year]?.source;
                return source ? [text.calendarSource(source)] : [];
              })
              .join(' ')}
          </p>
        )}
        <div role="status" className="reminder-status">
          {reminder === 'saved' && text.reminderSaved}
        </div>
        {reminder === 'needs-date' && !plan && (
          <p role="alert" className="reminder-alert">
            {text.reminderNeedsDate}
          </p>
        )}
      </div>
    </fieldset>
  );
}
