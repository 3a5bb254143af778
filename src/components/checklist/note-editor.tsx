import { useId, type KeyboardEvent } from 'react';
import { NOTE_MAX_LENGTH, useNote, useProgressStore } from '../../store/progress-store';
import { useMessages } from '../shared/use-messages';

export type NoteEditorProps = {
  itemId: string;
  fieldId: string;
  label: string;
  onClose: () => void;
};

/**
 * Edits the saved note itself, so every keystroke is kept (even if "Готово" is never
 * pressed) and a reset, an import or another tab's change shows up here too.
 */
export function NoteEditor({ itemId, fieldId, label, onClose }: NoteEditorProps) {
  const messages = useMessages();
  const note = useNote(itemId);
  const hintId = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
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
          useProgressStore.getState().setNote(itemId, event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="note-footer">
        <p id={hintId} className="note-hint">
          {messages.noteHint} {messages.noteCount(note.length, NOTE_MAX_LENGTH)}
        </p>
        <button type="button" className="button" onClick={onClose}>
          {messages.noteDone}
        </button>
      </div>
    </div>
  );
}
