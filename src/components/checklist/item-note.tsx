import { memo, useId, useRef, useState } from 'react';
import type { Item } from '../../content/types';
import { useNote } from '../../store/progress-store';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';
import { lazyPart, preloadPart } from '../shared/lazy-part';

const loadEditor = () => import('./note-editor');
const NoteEditor = lazyPart(() => loadEditor().then((m) => m.NoteEditor));
/** Starts fetching the editor as soon as the person points at or focuses the button. */
const preloadEditor = preloadPart(loadEditor);

export type ItemNoteProps = {
  item: Item;
};

/**
 * A card's note: shown when saved; the editor loads when the person opens it. Memoised, so
 * ticking the card does not redraw its note.
 */
export const ItemNote = memo(function ItemNote({ item }: ItemNoteProps) {
  const ui = useUi();
  const note = useNote(item.id);
  const [editing, setEditing] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const label = ui.noteLabel(item.text);

  const close = () => {
    setEditing(false);
    toggle.current?.focus();
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
        onPointerEnter={preloadEditor}
        onFocus={preloadEditor}
        onClick={() => {
          if (editing) close();
          else setEditing(true);
        }}
      >
        <Icon name="note" />
        <span>{ui.noteButton}</span>
      </button>
      {note.trim() !== '' && !editing && (
        <p className="card-note">
          <span className="visually-hidden">{ui.notePrefix} </span>
          {note}
        </p>
      )}
      {editing && <NoteEditor itemId={item.id} fieldId={fieldId} label={label} onClose={close} />}
    </>
  );
});
