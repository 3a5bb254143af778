import { followOtherTabs } from '../../store/other-tabs';
import { useProgressStore } from '../../store/progress-store';
import { mountDocuments } from './documents-root';

/**
 * What the page needs once it is running but not for its first paint: following changes
 * made in other tabs, the message about saved progress, and the documents part.
 */
export function afterStart(): void {
  followOtherTabs(useProgressStore);
  mountDocuments();
}
