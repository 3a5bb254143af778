import { useEffect } from 'react';
import { ChoiceSection } from './components/choice-section';
import { DonePanel } from './components/done-panel';
import { ListSection } from './components/list-section';
import { PageHeader } from './components/page-header';
import { ProgressToolbar } from './components/progress-toolbar';
import { Recommendation } from './components/recommendation';
import { itsTermination } from './content/its-termination';
import type { Procedure } from './content/types';
import { ui } from './content/ui-ru';
import { followOtherTabs, useProgressStore } from './store/progress-store';

export type AppProps = {
  procedure?: Procedure;
};

export function App({ procedure = itsTermination }: AppProps) {
  useEffect(() => followOtherTabs(useProgressStore), []);
  const stages = procedure.sections.length;
  return (
    <>
      <PageHeader procedure={procedure} />
      <ProgressToolbar procedure={procedure} />
      <main className="page" id="main">
        <DonePanel procedure={procedure} />
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
        <Recommendation procedure={procedure} />
      </main>
      <footer className="page page-footer">
        <p>{ui.savedHere}</p>
      </footer>
    </>
  );
}
