import { useId } from 'react';
import type { Language } from '../../content/types';
import { useProgressStore } from '../../store/progress-store';
import { loadLanguage } from '../shared/language';

/** Russian or English for the whole page; the other language loads when chosen. */
export function LanguageSwitch() {
  const language = useProgressStore((state) => state.language);
  const id = useId();
  return (
    <p className="language">
      {/* The same in both languages, so either reader finds it. */}
      <label htmlFor={id}>Язык · Language</label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = event.currentTarget.value as Language;
          void loadLanguage(next).then(() => {
            useProgressStore.getState().setLanguage(next);
          });
        }}
      >
        <option value="ru" lang="ru">
          Русский
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </p>
  );
}
