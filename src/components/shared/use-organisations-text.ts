import { useContext } from 'react';
import {
  organisations as russian,
  type OrganisationsText,
} from '../../content/interface/organisations-ru';
import { LanguageContext } from './language';

/** The list of organisations' wording in the page's language. */
export function useOrganisationsText(): OrganisationsText {
  return useContext(LanguageContext).organisations ?? russian;
}
