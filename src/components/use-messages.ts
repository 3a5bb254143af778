import { messages as russian, type MessagesText } from '../content/messages-ru';
import { packFor, useLanguage } from './language';

/** On-demand wording (dialogs, problems, the note editor) in the page's language. */
export function useMessages(): MessagesText {
  return packFor(useLanguage()).messages ?? russian;
}
