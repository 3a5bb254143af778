import type { Item } from '../../content/types';
import { useProgressStore, useTickedAt } from '../../store/progress-store';
import { itemDomId } from '../shared/dom-ids';
import { Icon } from '../shared/icon';
import { useUi } from '../shared/language';
import { SourceLinks } from '../shared/source-links';
import { ItemDue } from './item-due';
import { ItemNote } from './item-note';

export type ItemCardProps = {
  item: Item;
  /** Shown on numbered steps; the list itself tells screen readers the position. */
  number?: number;
  disabled?: boolean;
};

/** One tickable card. It subscribes to its own item only, so a tick re-renders just this card. */
export function ItemCard({ item, number, disabled = false }: ItemCardProps) {
  const ui = useUi();
  const tickedAt = useTickedAt(item.id);
  const ticked = tickedAt !== undefined;
  const inputId = itemDomId(item.id);
  const timeId = `${inputId}-time`;
  const dueId = `${inputId}-due`;
  const described = [ticked && timeId, item.due && dueId].filter(Boolean).join(' ');

  return (
    <div className="card" data-ticked={ticked} data-disabled={disabled}>
      <label className="card-label">
        <input
          id={inputId}
          className="card-checkbox"
          type="checkbox"
          checked={ticked}
          disabled={disabled}
          aria-describedby={described || undefined}
          onChange={(event) => {
            useProgressStore.getState().toggleItem(item.id, event.currentTarget.checked);
          }}
        />
        {number !== undefined && (
          <span className="card-number" aria-hidden="true">
            {number}
          </span>
        )}
        <span className="card-text">{item.text}</span>
      </label>
      {/* The line is there before the tick, so a tick never changes the card's height. */}
      <p className="card-meta" id={timeId}>
        {ticked && ui.tickedAt(tickedAt)}
      </p>
      {item.due && <ItemDue item={item} id={dueId} />}
      {item.guidance && (
        <p className="card-guidance">
          <span className="card-tag">{ui.addedTag}</span> {item.guidance.reason}{' '}
          <SourceLinks sources={item.guidance.sources} />
        </p>
      )}
      {item.caution && (
        <p className="card-guidance card-caution">
          <span className="card-tag">
            <Icon name="warning" /> {ui.cautionTag}
          </span>{' '}
          {item.caution.reason} <SourceLinks sources={item.caution.sources} />
        </p>
      )}
      {item.link && (
        <a className="card-link" href={item.link.href}>
          {item.link.text}
        </a>
      )}
      <ItemNote item={item} />
    </div>
  );
}
