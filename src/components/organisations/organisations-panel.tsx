import {
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type SyntheticEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DocumentsText } from '../../content/documents/documents-ru';
import type { Procedure } from '../../content/types';
import { formatDate, localIso } from '../../engine/dates';
import { summarise } from '../../engine/organisation-summary';
import {
  addOrganisation,
  removeOrganisation,
  renameOrganisation,
  settleRemovals,
} from '../../store/organisation-actions';
import { readOrganisations, type OrganisationRow } from '../../store/organisation-rows';
import { NAME_MAX_LENGTH, useProgressStore } from '../../store/progress-store';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { downloadText } from '../shared/download';
import { exportProgress } from '../shared/export-progress';
import { Icon } from '../shared/icon';
import { LanguageContext, useUi } from '../shared/language';
import { UndoToast, type UndoOffer } from '../shared/undo-toast';
import { useOrganisationsText } from '../shared/use-organisations-text';
import { addressOf } from './address';
import './organisations.css';
import { OverviewDialog } from './overview-dialog';

/**
 * Writes one calendar file of several organisations' reminders, or null when no letter gives
 * a date: given by the page, which has the documents part.
 */
export type LoadReminders = () => Promise<
  (
    organisations: readonly {
      id: string;
      name: string;
      letter: Readonly<Record<string, string>>;
      answers: Readonly<Record<string, string>>;
    }[],
    text?: DocumentsText,
    stamp?: Date,
    procedure?: Procedure,
  ) => { readonly calendar: string; readonly count: number } | null
>;

export type OrganisationsPanelProps = {
  id: string;
  loadReminders: LoadReminders;
  procedure: Procedure;
  open: boolean;
  /** Counts the times the list was shown. */
  session: number;
  /** Closes the list; `true` puts focus back on the button that opened it. */
  onClose: (returnFocus: boolean) => void;
  opener: RefObject<HTMLButtonElement | null>;
};

/**
 * Every organisation on this device, each a link to its own address with its progress and
 * disconnection date; adding, renaming and removing (with undo); and what concerns them all:
 * one file, one calendar, one printable summary.
 */
export function OrganisationsPanel({
  id,
  procedure,
  loadReminders,
  open,
  session,
  onClose,
  opener,
}: OrganisationsPanelProps) {
  const text = useOrganisationsText();
  const ui = useUi();
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const organisation = useProgressStore((state) => state.organisation);
  const names = useProgressStore((state) => state.names);
  // While the list is open it is read again when anything it shows changes: the list, the
  // open organisation's facts, another tab's save. Closed, a tick costs it nothing.
  const version = useProgressStore(
    useShallow((state) =>
      open
        ? [
            state.organisations,
            state.names,
            state.organisation,
            state.ticks,
            state.choices,
            state.answers,
            state.letter,
            state.elsewhere,
          ]
        : null,
    ),
  );
  const rows = useMemo(
    () => (version ? readOrganisations(ui.organisationDefault) : []),
    [version, ui],
  );
  const current = rows.find((row) => row.id === organisation);
  // The rename form and the calendar's message belong to one showing of the list.
  const [renamingIn, setRenamingIn] = useState<number | null>(null);
  const renaming = renamingIn === session;
  const setRenaming = (on: boolean) => {
    setRenamingIn(on ? session : null);
  };
  const [removing, setRemoving] = useState<OrganisationRow | null>(null);
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  /** Set when the rename form is left without saving: focus goes back to its button. */
  const focusRename = useRef(false);
  useEffect(() => {
    if (renaming || !focusRename.current) return;
    focusRename.current = false;
    renameButton.current?.focus();
  });
  const [noticeIn, setNoticeIn] = useState<{ session: number; text: string } | null>(null);
  const notice = noticeIn?.session === session ? noticeIn.text : null;
  const setNotice = (text: string) => {
    setNoticeIn({ session, text });
  };
  const [overview, setOverview] = useState(false);

  // Shown, the list lets go of organisations removed long ago (their data kept for undo).
  useEffect(() => {
    if (open) settleRemovals();
  }, [open]);

  // A press outside the list and its button closes it (Escape and leaving it: see below).
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (removing || overview || !target) return;
      if (panel.current?.contains(target) || opener.current?.contains(target)) return;
      onClose(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, onClose, opener, removing, overview]);

  const openOrganisation = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    // A new tab or window opens the address itself.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    useProgressStore.getState().openOrganisation(target);
    onClose(true);
  };

  const { documents } = useContext(LanguageContext);
  const remindAll = () => {
    void loadReminders().then((remindersOf) => {
      const reminders = remindersOf(
        rows.flatMap((row) =>
          row.facts === 'unreadable'
            ? []
            : [
                {
                  id: row.id,
                  name: row.name,
                  letter: row.facts.letter,
                  answers: row.facts.answers,
                },
              ],
        ),
        documents,
        new Date(),
        procedure,
      );
      if (!reminders) {
        setNotice(text.calendarNone);
        return;
      }
      downloadText(
        text.calendarFile(localIso(new Date())),
        reminders.calendar,
        'text/calendar;charset=utf-8',
      );
      setNotice(text.calendarSaved(reminders.count, rows.length));
    });
  };

  return (
    <>
      {/* Escape from any of its controls closes it: the keys come from those controls. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={panel}
        id={id}
        className="organisations-panel"
        role="region"
        aria-labelledby={titleId}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          onClose(true);
        }}
        // Focus gone elsewhere by Tab: the list closes rather than cover what has focus.
        onBlur={(event) => {
          const next = event.relatedTarget;
          if (!(next instanceof Node) || removing || overview) return;
          if (panel.current?.contains(next) || opener.current?.contains(next)) return;
          onClose(false);
        }}
      >
        <h2 id={titleId} className="organisations-title">
          {text.panelTitle}
        </h2>
        <ul className="organisations-list">
          {rows.map((row) => {
            const summary =
              row.facts === 'unreadable'
                ? null
                : summarise(procedure, row.facts, text.unmadeChoice);
            const details = [
              summary
                ? text.progress(summary.count.done, summary.count.total, summary.percent)
                : text.unreadable,
              summary?.disconnection && text.disconnection(formatDate(summary.disconnection)),
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <li key={row.id}>
                {/* One line of text, wrapping as it must: its name is what it shows. */}
                <a
                  className="organisation-link"
                  href={addressOf(row.id)}
                  aria-current={row.id === organisation ? 'page' : undefined}
                  onClick={(event) => {
                    openOrganisation(event, row.id);
                  }}
                >
                  {row.id === organisation && <Icon name="check" />}
                  <span className="organisation-link-name">{row.name}</span>
                  {' · '}
                  <span className="organisation-link-meta">{details}</span>
                </a>
              </li>
            );
          })}
        </ul>

        {renaming && current ? (
          <RenameForm
            key={current.id}
            initial={names[current.id] ?? ''}
            placeholder={current.name}
            onDone={(name) => {
              setRenaming(false);
              if (name === null) {
                focusRename.current = true;
                return;
              }
              renameOrganisation(current.id, name);
              onClose(true);
            }}
          />
        ) : (
          <div className="organisations-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                addOrganisation();
                setRenaming(true);
              }}
            >
              {text.add}
            </button>
            {current && (
              <button
                type="button"
                ref={renameButton}
                className="button button-quiet"
                aria-label={text.renameFull(current.name)}
                onClick={() => {
                  setRenaming(true);
                }}
              >
                {text.rename}
              </button>
            )}
            {current && rows.length > 1 && (
              <button
                type="button"
                className="button button-quiet"
                aria-label={text.removeFull(current.name)}
                aria-haspopup="dialog"
                onClick={() => {
                  setRemoving(current);
                }}
              >
                {text.remove}
              </button>
            )}
          </div>
        )}

        <h3 className="organisations-subtitle">{text.allTitle}</h3>
        <div className="organisations-actions">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              exportProgress(true);
            }}
          >
            {text.exportAll}
          </button>
          <button type="button" className="button button-quiet" onClick={remindAll}>
            {text.calendarAll}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-haspopup="dialog"
            onClick={() => {
              setOverview(true);
            }}
          >
            {text.overview}
          </button>
        </div>
        <div role="status" className="organisations-status">
          {notice}
        </div>
      </div>

      {removing && (
        <ConfirmDialog
          open
          title={text.removeTitle(removing.name)}
          confirmLabel={text.removeConfirm}
          onCancel={() => {
            setRemoving(null);
            opener.current?.focus();
          }}
          onConfirm={() => {
            const change = removeOrganisation(removing.id);
            if (change) {
              setUndo({
                message: text.removed(removing.name),
                change,
                id: Date.now(),
                undone: text.restored,
              });
            }
            setRemoving(null);
            onClose(true);
          }}
        >
          <p>{text.removeText}</p>
        </ConfirmDialog>
      )}
      {overview && (
        <OverviewDialog
          procedure={procedure}
          rows={rows}
          onClose={() => {
            setOverview(false);
            opener.current?.focus();
          }}
        />
      )}
      <UndoToast
        offer={undo}
        onSettled={() => {
          setUndo(null);
        }}
      />
    </>
  );
}

/** The open organisation's name, as typed; blank gives back the default. */
function RenameForm({
  initial,
  placeholder,
  onDone,
}: {
  initial: string;
  placeholder: string;
  onDone: (name: string | null) => void;
}) {
  const text = useOrganisationsText();
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  useEffect(() => {
    input.current?.focus();
  }, []);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    onDone(value);
  };
  return (
    <form className="organisation-rename" onSubmit={submit}>
      <label className="field-label">
        {text.renameLabel}
        <input
          ref={input}
          className="field-input"
          value={value}
          maxLength={NAME_MAX_LENGTH}
          placeholder={placeholder}
          aria-describedby={hintId}
          onChange={(event) => {
            setValue(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              event.nativeEvent.stopImmediatePropagation();
              onDone(null);
            }
          }}
        />
      </label>
      <p id={hintId} className="field-hint">
        {text.renameHint}
      </p>
      <div className="organisations-actions">
        <button type="submit" className="button">
          {text.save}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            onDone(null);
          }}
        >
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
