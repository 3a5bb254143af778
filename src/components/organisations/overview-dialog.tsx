import { useEffect, useId, useRef, useState } from 'react';
import type { Procedure } from '../../content/types';
import { formatDate, localIso } from '../../engine/dates';
import { summarise } from '../../engine/organisation-summary';
import type { OrganisationRow } from '../../store/organisation-rows';
import { printOnly } from '../shared/print';
import { useOrganisationsText } from '../shared/use-organisations-text';

/** How many open steps a row names before "и ещё N": a row stays two lines, the summary short. */
const OPEN_SHOWN = 1;

/**
 * All organisations on one sheet: name, method, progress, disconnection date and what is still
 * open. While it is open, printing prints it alone.
 */
export function OverviewDialog({
  procedure,
  rows,
  onClose,
}: {
  procedure: Procedure;
  rows: readonly OrganisationRow[];
  onClose: () => void;
}) {
  const text = useOrganisationsText();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [madeAt] = useState(() => new Date());

  useEffect(() => {
    const element = dialog.current;
    const root = document.documentElement;
    element?.showModal();
    root.dataset.print = 'overview';
    return () => {
      delete root.dataset.print;
      element?.close();
    };
  }, []);

  const columns = text.overviewColumns;
  return (
    <dialog
      ref={dialog}
      className="dialog overview-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <article className="overview-sheet">
        <h2 id={titleId} className="overview-title">
          {text.overviewTitle}
        </h2>
        <p className="overview-made">{text.overviewMade(formatDate(localIso(madeAt)))}</p>
        {/* Focusable, so that a keyboard can scroll it sideways on a narrow screen. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="overview-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
          <table className="overview-table">
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.method}</th>
                <th scope="col">{columns.progress}</th>
                <th scope="col">{columns.disconnection}</th>
                <th scope="col">{columns.open}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                if (row.facts === 'unreadable') {
                  return (
                    <tr key={row.id}>
                      <th scope="row">{row.name}</th>
                      <td colSpan={4}>{text.unreadable}</td>
                    </tr>
                  );
                }
                const summary = summarise(procedure, row.facts, text.unmadeChoice);
                const shown = summary.open.slice(0, OPEN_SHOWN);
                const more = summary.open.length - shown.length;
                return (
                  <tr key={row.id}>
                    <th scope="row">{row.name}</th>
                    <td>{summary.method ?? text.overviewNoMethod}</td>
                    <td className="overview-number">
                      {text.progress(summary.count.done, summary.count.total, summary.percent)}
                    </td>
                    <td className="overview-number">
                      {summary.disconnection
                        ? formatDate(summary.disconnection)
                        : text.overviewNoDate}
                    </td>
                    <td>
                      {summary.open.length === 0 ? (
                        text.overviewAllDone
                      ) : (
                        <ul className="overview-open">
                          {shown.map((step) => (
                            <li key={step}>{step}</li>
                          ))}
                          {more > 0 && <li>{text.overviewMore(more)}</li>}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </article>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {text.close}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            printOnly('overview');
          }}
        >
          {text.print}
        </button>
      </div>
    </dialog>
  );
}
