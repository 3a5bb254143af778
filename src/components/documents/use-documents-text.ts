import { useContext } from 'react';
import { documents as russian, type DocumentsText } from '../../content/documents/documents-ru';
import { LanguageContext } from '../shared/language';

/** The documents part's wording in the page's language: Russian ships with it, others with their pack. */
export function useDocumentsText(): DocumentsText {
  return useContext(LanguageContext).documents ?? russian;
}
