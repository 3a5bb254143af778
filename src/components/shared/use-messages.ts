import { useContext } from 'react';
import { messages as russian, type MessagesText } from '../../content/interface/messages-ru';
import { LanguageContext } from './language';

/** On-demand wording (dialogs, problems, the note editor) in the page's language. */
export function useMessages(): MessagesText {
  return useContext(LanguageContext).messages ?? russian;
}
