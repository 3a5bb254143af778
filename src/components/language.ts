import { itsTermination } from '../content/its-termination';
import type { MessagesText } from '../content/messages-ru';
import type { Language, Procedure } from '../content/types';
import { ui as russian, type UiText } from '../content/ui-ru';
import { useProgressStore } from '../store/progress-store';

type Pack = { ui: UiText; procedure: Procedure; messages?: MessagesText };

/** Russian ships with the page; other languages are fetched when chosen. */
const packs: Partial<Record<Language, Pack>> = { ru: { ui: russian, procedure: itsTermination } };

export async function loadLanguage(language: Language): Promise<void> {
  if (packs[language]) return;
  packs.en = await import('../content/english');
}

/** The wording and content for a language that is loaded, Russian otherwise. */
export const packFor = (language: Language): Pack => packs[language] ?? (packs.ru as Pack);

export function useLanguage(): Language {
  return useProgressStore((state) => state.language);
}

export function useUi(): UiText {
  return packFor(useLanguage()).ui;
}
