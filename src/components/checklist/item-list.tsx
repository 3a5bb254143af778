import type { Item } from '../../content/types';
import { ItemCard } from './item-card';

export type ItemListProps = {
  items: readonly Item[];
  ordered: boolean;
  disabled?: boolean;
};

export function ItemList({ items, ordered, disabled = false }: ItemListProps) {
  const cards = items.map((item, index) => (
    <li key={item.id}>
      <ItemCard item={item} number={ordered ? index + 1 : undefined} disabled={disabled} />
    </li>
  ));
  return ordered ? <ol className="cards">{cards}</ol> : <ul className="cards">{cards}</ul>;
}
