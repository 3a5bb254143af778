import { useContext } from 'react';
import { documents as english } from '../../content/documents-en';
import { documents as russian, type DocumentsText } from '../../content/documents-ru';
import { LanguageContext } from '../shared/language';

/** The documents part's wording in the page's language; both ship with that part. */
export function useDocumentsText(): DocumentsText {
  return useContext(LanguageContext).language === 'en' ? english : russian;
}
