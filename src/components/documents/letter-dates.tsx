import { useContext, useId, useState } from 'react';
import type { ProblemCode, ProblemContext } from '../../content/documents/documents-ru';
import { productionCalendar } from '../../content/documents/production-calendar';
import { daysBetween, formatDate, localIso } from '../../engine/dates';
import { writeCalendar } from '../../engine/ics';
import type { LetterDraft } from '../../engine/letter';
import {
  DELIVERIES,
  deadlineState,
  deliveryOf,
  NOTICE_UNITS,
  NOTICE_UNKNOWN,
  noticePlan,
  uncertainYears,
} from '../../engine/timeline';
import { setLetterField } from '../../store/letter-draft';
import { useProgressStore } from '../../store/progress-store';
import { downloadText } from '../shared/download';
import { Icon } from '../shared/icon';
import { LanguageContext } from '../shared/language';
import { useDeadlines } from '../shared/use-deadlines';
import { ChoiceField } from './choice-field';
import { LetterField } from './letter-field';
import { timelineEvents } from './reminder-event';
import { useDocumentsText } from './use-documents-text';

export type LetterDatesProps = {
  draft: LetterDraft;
  today: string;
  problems: Partial<Record<'periodEnd' | 'disconnectionDate' | 'noticeDays', ProblemCode>>;
  context: ProblemContext;
};

/**
 * The dates that matter: the end of the billing period with the days left, the planned
 * disconnection date (advised to be that same day), the contract's notice period and how the
 * notice goes; from them, the timeline of every deadline and a calendar with one event each.
 */
export function LetterDates({ draft, today, problems, context }: LetterDatesProps) {
  const text = useDocumentsText();
  const left = draft.periodEnd ? daysBetween(today, draft.periodEnd) : null;
  return (
    <fieldset className="letter-dates" id="dates">
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
      <NoticePeriod draft={draft} problem={problems.noticeDays} context={context} />
      <ChoiceField
        legend={text.fields.delivery.label}
        options={DELIVERIES}
        wording={text.deliveries}
        chosen={deliveryOf(draft)}
        onChoose={(delivery) => {
          setLetterField('delivery', delivery);
        }}
      />
      <Timeline draft={draft} today={today} />
    </fieldset>
  );
}

/** The contract's notice period: days, calendar or working, or "I don't know" yet. */
function NoticePeriod({
  draft,
  problem,
  context,
}: {
  draft: LetterDraft;
  problem: ProblemCode | undefined;
  context: ProblemContext;
}) {
  const text = useDocumentsText();
  const unknown = draft.noticeDays === NOTICE_UNKNOWN;
  return (
    <div className="notice-period">
      <LetterField
        field="noticeDays"
        value={unknown ? '' : (draft.noticeDays ?? '')}
        problem={unknown ? undefined : problem}
        context={context}
        control={(props) => (
          <div className="notice-inputs">
            <input
              id={props.id}
              className="field-input notice-days"
              inputMode="numeric"
              autoComplete="off"
              value={props.value}
              disabled={unknown}
              aria-invalid={props['aria-invalid']}
              aria-describedby={props['aria-describedby']}
              onChange={(event) => {
                props.onChange(event.currentTarget.value);
              }}
              onBlur={props.onBlur}
            />
            <select
              className="field-input notice-unit"
              aria-label={text.fields.noticeUnit.label}
              value={draft.noticeUnit === 'working' ? 'working' : 'calendar'}
              disabled={unknown}
              onChange={(event) => {
                const unit = event.currentTarget.value;
                setLetterField('noticeUnit', unit === 'working' ? unit : '');
              }}
            >
              {NOTICE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {text.noticeUnits[unit]}
                </option>
              ))}
            </select>
          </div>
        )}
      />
      <label className="field-check-label">
        <input
          type="checkbox"
          checked={unknown}
          onChange={(event) => {
            setLetterField('noticeDays', event.currentTarget.checked ? NOTICE_UNKNOWN : '');
          }}
        />
        <span>{text.noticeUnknown}</span>
      </label>
      {unknown && <p className="field-hint">{text.noticeUnknownHint}</p>}
    </div>
  );
}

/**
 * Every deadline in date order, with where it stands today, the notice's dates said in words,
 * and the calendar with one event per deadline.
 */
function Timeline({ draft, today }: { draft: LetterDraft; today: string }) {
  const text = useDocumentsText();
  const { procedure } = useContext(LanguageContext);
  const organisation = useProgressStore((state) => state.organisation);
  const answers = useProgressStore((state) => state.answers);
  // Which dated steps are ticked, as one plain value: other ticks redraw nothing here.
  const list = useDeadlines();
  const done = useProgressStore((state) =>
    list
      .flatMap((deadline) => deadline.items)
      .filter((id) => Object.hasOwn(state.ticks, id))
      .join(' '),
  );
  const [saved, setSaved] = useState<'saved' | 'needs-date' | null>(null);
  const notice = noticePlan(draft, productionCalendar);
  const titleId = useId();
  const doneIds = new Set(done.split(' '));
  const ticked = (id: string) => doneIds.has(id);
  const years = uncertainYears(
    [today, ...list.map((deadline) => deadline.date)],
    productionCalendar,
  );

  const download = () => {
    const events = timelineEvents(
      { id: organisation, letter: draft, answers },
      text,
      new Date(),
      procedure,
    );
    if (events.length === 0) {
      setSaved('needs-date');
      return;
    }
    const end = list.find((deadline) => deadline.id === 'end')?.date ?? localIso(new Date());
    downloadText(text.reminderFile(end), writeCalendar(events), 'text/calendar;charset=utf-8');
    setSaved('saved');
  };

  return (
    <div className="timeline" aria-labelledby={titleId} role="group">
      <p className="timeline-title" id={titleId}>
        {text.timelineTitle}
      </p>
      {list.length === 0 ? (
        <p className="field-hint">{text.timelineNeedsEnd}</p>
      ) : (
        <>
          <p className="timeline-notice" role="status">
            {notice
              ? text.noticeResult(
                  formatDate(notice.sendBy ?? notice.receiveBy),
                  formatDate(notice.receiveBy),
                  notice.delivery,
                )
              : text.timelineNeedsNotice}
          </p>
          {notice?.sendByUncollected && (
            <p className="field-hint">
              {text.noticeUncollected(formatDate(notice.sendByUncollected))}
            </p>
          )}
          <ol className="timeline-list">
            {list.map((deadline) => {
              const { state, workingDaysLeft } = deadlineState(
                deadline,
                ticked,
                today,
                productionCalendar,
              );
              const warn = state === 'passed' || state === 'soon';
              return (
                <li key={deadline.id} className="timeline-entry" data-state={state}>
                  <span className="timeline-date">{formatDate(deadline.date)}</span>
                  <span className="timeline-label">{deadline.label}</span>
                  <span className="timeline-state">
                    {warn && <Icon name="warning" />}
                    {text.timelineState(state, workingDaysLeft, deadline.id === 'end')}
                  </span>
                </li>
              );
            })}
          </ol>
          <p className="field-hint">{text.timelineWorkingDay}</p>
        </>
      )}
      <div className="reminder">
        <button type="button" className="button" onClick={download}>
          {text.reminderButton}
        </button>
        {list.length > 0 && <p className="field-hint">{text.reminderPlan(list.length)}</p>}
        {years.missing.map((year) => (
          <p key={year} className="field-hint">
            {text.reminderUncovered(year)}
          </p>
        ))}
        {years.provisional.map((year) => (
          <p key={year} className="field-hint">
            {text.reminderProvisional(year)}
          </p>
        ))}
        {list.length > 0 && (
          <p className="field-hint calendar-source">
            {[...new Set(list.map((deadline) => Number(deadline.date.slice(0, 4))))]
              .flatMap((year) => {
                const source = productionCalendar[year]?.source;
                return source ? [text.calendarSource(source)] : [];
              })
              .join(' ')}
          </p>
        )}
        <div role="status" className="reminder-status">
          {saved === 'saved' && text.reminderSaved}
        </div>
        {saved === 'needs-date' && list.length === 0 && (
          <p role="alert" className="reminder-alert">
            {text.reminderNeedsDate}
          </p>
        )}
      </div>
    </div>
  );
}
