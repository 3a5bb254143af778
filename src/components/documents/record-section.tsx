import { useEffect, useId, useRef, useState } from 'react';
import { productionCalendar } from '../../content/documents/production-calendar';
import type { Procedure } from '../../content/types';
import { formatDate, localIso } from '../../engine/dates';
import { activeOption, countedItems, overallCount, sectionsOf } from '../../engine/progress';
import { chosenLabels, procedureSources } from '../../engine/situation';
import { deadlineState } from '../../engine/timeline';
import { useProgressStore } from '../../store/progress-store';
import { useUi } from '../shared/language';
import { printOnly } from '../shared/print';
import { useDeadlines } from '../shared/use-deadlines';
import { useDocumentsText } from './use-documents-text';

/** The "Протокол" button and the record it opens. Closed, it follows no progress at all. */
export function RecordSection({ procedure }: { procedure: Procedure }) {
  const text = useDocumentsText();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <section className="stage documents" aria-labelledby="record-region-title">
      <header className="documents-header">
        <h2 id="record-region-title" className="section-title">
          {text.recordRegion}
        </h2>
        <p className="documents-intro">{text.recordRegionText}</p>
      </header>
      <button
        ref={opener}
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {text.recordButton}
      </button>
      {open && (
        <RecordDialog
          procedure={procedure}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/**
 * The completion record: the organisation, the chosen method, every step with when it was
 * ticked and its note, and when the record was made. While it is open, printing prints it.
 */
function RecordDialog({ procedure, onClose }: { procedure: Procedure; onClose: () => void }) {
  const text = useDocumentsText();
  const ui = useUi();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const progress = useProgressStore();
  const [madeAt] = useState(() => Date.now());
  const { letter } = progress;
  const count = overallCount(procedure, progress);
  const deadlines = useDeadlines();

  useEffect(() => {
    const element = dialog.current;
    const root = document.documentElement;
    element?.showModal();
    root.dataset.print = 'record';
    return () => {
      delete root.dataset.print;
      element?.close();
    };
  }, []);

  const facts: [string, string][] = [
    [text.recordFacts.organisation, letter.organisation ?? ''],
    [text.recordFacts.requisites, [letter.inn, letter.kpp].filter(Boolean).join(' / ')],
    [
      text.recordFacts.contract,
      text.recordContract(letter.contractNumber ?? '', formatDate(letter.contractDate ?? '')),
    ],
    [text.recordFacts.partner, letter.partner ?? ''],
    [text.recordFacts.disconnection, formatDate(letter.disconnectionDate ?? '')],
    [
      text.recordFacts.method,
      procedure.sections
        .flatMap((section) =>
          section.kind === 'choice' ? [activeOption(section, progress)?.label] : [],
        )
        .filter(Boolean)
        .join(', ') || text.recordMethodNone,
    ],
    [text.recordFacts.progress, `${String(count.done)} / ${String(count.total)}`],
    ...(procedure.situation ? chosenLabels(procedure.situation, progress.answers) : []).map(
      ({ question, labels }): [string, string] => [question.legend, labels.join(', ')],
    ),
  ];
  const sections = sectionsOf(procedure, progress);
  const timeline = deadlines.map((deadline) => {
    const times = deadline.items.flatMap((id) => progress.ticks[id] ?? []);
    const shown = deadlineState(
      deadline,
      (id) => Object.hasOwn(progress.ticks, id),
      localIso(new Date(madeAt)),
      productionCalendar,
    );
    const state =
      times.length > 0
        ? text.recordDone(Math.min(...times))
        : text.timelineState(shown.state, shown.workingDaysLeft, deadline.id === 'end');
    return { deadline, done: shown.state === 'done', state };
  });
  const sources = procedureSources(procedure);

  return (
    <dialog
      ref={dialog}
      className="dialog record-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <article className="record-sheet">
        <h2 id={titleId} className="record-title">
          {text.recordTitle}
        </h2>
        <dl className="record-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value.trim() || text.recordNotFilled}</dd>
            </div>
          ))}
        </dl>
        {timeline.length > 0 && (
          <section className="record-section">
            <h3 className="record-section-title">{text.datesLabel}</h3>
            <ol className="record-items">
              {timeline.map(({ deadline, done, state }) => (
                <li key={deadline.id} data-done={done}>
                  <span className="record-box" aria-hidden="true">
                    {done ? '☑' : '☐'}
                  </span>
                  <span className="record-item">
                    <span className="record-item-text">
                      {formatDate(deadline.date)} — {deadline.label}
                    </span>
                    <span className="record-item-state">{state}</span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        )}
        {sections.map((section) => {
          const items = countedItems(section, progress);
          const option = section.kind === 'choice' ? activeOption(section, progress) : undefined;
          return (
            <section key={section.id} className="record-section">
              <h3 className="record-section-title">
                {section.title}
                {option && ` — ${option.label}`}
              </h3>
              {section.kind === 'choice' && !option ? (
                <p>
                  {text.recordFacts.method}: {text.recordMethodNone}
                </p>
              ) : (
                <ol className="record-items">
                  {items.map((item) => {
                    const tickedAt = progress.ticks[item.id];
                    const note = progress.notes[item.id];
                    return (
                      <li key={item.id} data-done={tickedAt !== undefined}>
                        <span className="record-box" aria-hidden="true">
                          {tickedAt !== undefined ? '☑' : '☐'}
                        </span>
                        <span className="record-item">
                          <span className="record-item-text">{item.text}</span>
                          <span className="record-item-state">
                            {tickedAt !== undefined
                              ? text.recordDone(tickedAt, progress.tickedBy[item.id])
                              : text.recordOpen}
                          </span>
                          {note && (
                            <span className="record-item-note">
                              {text.recordNote} {note}
                              {progress.notedBy[item.id] &&
                                ` ${text.recordNoteBy(progress.notedBy[item.id] ?? '')}`}
                            </span>
                          )}
                        </span>
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
        <section className="record-section">
          <h3 className="record-section-title">{ui.sourcesTitle}</h3>
          <ol className="record-sources">
            <li>{procedure.reference}</li>
            {sources.map((source) => (
              <li key={source.url}>
                {source.title}: {source.url}
              </li>
            ))}
          </ol>
        </section>
        <p className="record-made">{text.recordMade(madeAt)}</p>
        <p className="record-signature">{text.recordSignature}</p>
      </article>
      <div className="dialog-actions record-actions">
        <button type="button" className="button" onClick={onClose}>
          {text.recordClose}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            printOnly('record');
          }}
        >
          {text.recordPrint}
        </button>
      </div>
    </dialog>
  );
}
