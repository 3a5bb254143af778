import { documents as english } from '../../content/documents-en';
import { documents as russian, type DocumentsText } from '../../content/documents-ru';
import { useProgressStore } from '../../store/progress-store';

/** The documents part's wording in the page's language; both ship with that part. */
export function useDocumentsText(): DocumentsText {
  return useProgressStore((state) => state.language) === 'en' ? english : russian;
}
