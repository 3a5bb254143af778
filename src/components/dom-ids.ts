/** DOM ids derived from content ids, so links and labels can point at cards and headings. */
export const itemDomId = (itemId: string) => `item-${itemId}`;
export const sectionHeadingId = (sectionId: string) => `section-${sectionId}`;

/** Brings a card into view and puts keyboard focus on its checkbox. */
export function focusItem(itemId: string): void {
  const input = document.getElementById(itemDomId(itemId));
  if (!(input instanceof HTMLInputElement)) return;
  input.focus({ preventScroll: true });
  input.scrollIntoView({ block: 'center' });
}
