import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Item } from '../content/types';
import { ui } from '../content/ui-ru';
import { NOTE_MAX_LENGTH, useProgressStore } from '../store/progress-store';
import { NoteIcon } from './icons';

export type ItemNoteProps = {
  item: Item;
};

/**
 * A card's note: shown when saved, edited in place. The field edits the saved note itself,
 * so every keystroke is kept (even if "Готово" is never pressed) and a reset, an import or
 * another tab's change shows up in an open editor too.
 */
export function ItemNote({ item }: ItemNoteProps) {
  const note = useProgressStore((state) => state.notes[item.id] ?? '');
  const setNote = useProgressStore((state) => state.setNote);
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const label = ui.noteLabel(item.text);

  const open = () => {
    setEditing(true);
  };
  const close = () => {
    setEditing(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="note-toggle"
        aria-label={label}
        aria-expanded={editing}
        aria-controls={editing ? fieldId : undefined}
        onClick={editing ? close : open}
      >
        <NoteIcon />
        <span>{ui.noteButton}</span>
      </button>
      {note.trim() !== '' && !editing && (
        <p className="card-note">
          <span className="visually-hidden">{ui.notePrefix} </span>
          {note}
        </p>
      )}
      {editing && (
        <div className="note-editor">
          <label className="visually-hidden" htmlFor={fieldId}>
            {label}
          </label>
          <textarea
            id={fieldId}
            className="note-field"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            value={note}
            aria-describedby={hintId}
            // Opened on request, so focus follows the person's own action.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(event) => {
              setNote(item.id, event.currentTarget.value);
            }}
            onKeyDown={onKeyDown}
          />
          <div className="note-footer">
            <p id={hintId} className="note-hint">
              {ui.noteHint} {ui.noteCount(note.length, NOTE_MAX_LENGTH)}
            </p>
            <button type="button" className="button" onClick={close}>
              {ui.noteDone}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
