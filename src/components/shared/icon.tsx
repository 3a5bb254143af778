/** The symbols of the sprite in index.html. */
export type IconName = 'check' | 'lock' | 'note' | 'warning';

/**
 * A decorative icon in the text colour; the words beside it carry the meaning. It draws a
 * symbol from the sprite in index.html: inline SVG costs the first paint far less than an
 * SVG image (each of which is a document of its own).
 */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" aria-hidden="true" focusable="false">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
