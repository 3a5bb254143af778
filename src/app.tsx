import { useEffect } from 'react';
import { ChoiceSection } from './components/checklist/choice-section';
import { Conclusion } from './components/checklist/conclusion';
import { ListSection } from './components/checklist/list-section';
import { ProgressToolbar } from './components/progress/progress-toolbar';
import { LanguageContext, packFor } from './components/shared/language';
import { PageHeader } from './components/shell/page-header';
import type { Procedure } from './content/types';
import { useProgressStore } from './store/progress-store';

export type AppProps = {
  /** A procedure to show instead of the ITS one in the page's language (tests, benchmark). */
  procedure?: Procedure;
};

export function App({ procedure: given }: AppProps) {
  const language = useProgressStore((state) => state.language);
  const pack = packFor(language);
  const { ui, procedure: translated } = pack;
  const procedure = given ?? translated;
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = ui.documentTitle;
  }, [language, ui]);
  const stages = procedure.sections.length;
  return (
    <LanguageContext value={pack}>
      <PageHeader procedure={procedure} />
      <ProgressToolbar procedure={procedure} />
      <main className="page" id="main">
        <Conclusion procedure={procedure} top />
        {procedure.sections.map((section, index) =>
          section.kind === 'list' ? (
            <ListSection key={section.id} section={section} stage={index + 1} stages={stages} />
          ) : (
            <ChoiceSection
              key={section.id}
              procedure={procedure}
              section={section}
              stage={index + 1}
              stages={stages}
            />
          ),
        )}
        <Conclusion procedure={procedure} />
        {/* The letter, the dates and the record: drawn here by their own root once loaded. */}
        <div id="documents" className="documents-root" />
      </main>
      <footer className="page page-footer">
        <p>{ui.savedHere}</p>
      </footer>
    </LanguageContext>
  );
}
