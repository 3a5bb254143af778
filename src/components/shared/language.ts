import { createContext, useContext, useEffect, useState } from 'react';
import { itsTermination } from '../../content/article/its-termination';
import type { DocumentsText } from '../../content/documents/documents-ru';
import type { MessagesText } from '../../content/interface/messages-ru';
import type { OrganisationsText } from '../../content/interface/organisations-ru';
import { ui as russian, type UiText } from '../../content/interface/ui-ru';
import type { Language, Procedure } from '../../content/types';

type Pack = {
  language: Language;
  ui: UiText;
  procedure: Procedure;
  /** Loaded with the language; Russian wording ships with the parts that use it. */
  messages?: MessagesText;
  documents?: DocumentsText;
  organisations?: OrganisationsText;
};

const ru: Pack = { language: 'ru', ui: russian, procedure: itsTermination };

/** Russian ships with the page; other languages are fetched when chosen. */
const packs: Partial<Record<Language, Pack>> = { ru };

export async function loadLanguage(language: Language): Promise<void> {
  if (packs[language]) return;
  packs.en = { language: 'en', ...(await import('../../content/interface/english')) };
}

/** The wording and content for a language that is loaded, Russian otherwise. */
export const packFor = (language: Language): Pack => packs[language] ?? ru;

/**
 * The pack for a language, loading it first when needed (a language chosen in another tab):
 * until it has arrived, the page stays in the language it shows.
 */
export function useLanguagePack(language: Language): Pack {
  const [shown, setShown] = useState(() => packFor(language));
  const wanted = packs[language];
  useEffect(() => {
    if (packs[language]) return;
    let current = true;
    void loadLanguage(language).then(() => {
      if (current) setShown(packFor(language));
    });
    return () => {
      current = false;
    };
  }, [language]);
  return wanted ?? shown;
}

/**
 * The page's language pack, provided once by the app: reading it costs a card nothing when
 * progress changes, unlike a store subscription per card.
 */
export const LanguageContext = createContext(ru);

export const useUi = (): UiText => useContext(LanguageContext).ui;
