/** DOM ids derived from content ids, so links and labels can point at cards and headings. */
export const itemDomId = (itemId: string) => `item-${itemId}`;
export const sectionHeadingId = (sectionId: string) => `section-${sectionId}`;
/** Where problem messages and the undo message are drawn; both are always in the page. */
export const NOTICES_ID = 'progress-notices';
export const TOAST_REGION_ID = 'progress-toast';

export const optionDomId = (sectionId: string, optionId: string) =>
  `choice-${sectionId}-${optionId}`;

/** Brings a control into view and puts keyboard focus on it. */
export function focusControl(domId: string): void {
  const control = document.getElementById(domId);
  if (!(control instanceof HTMLInputElement)) return;
  control.focus({ preventScroll: true });
  control.scrollIntoView({ block: 'center' });
}
