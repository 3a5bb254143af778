import { useEffect, useMemo, type ReactNode } from 'react';
import { AddedSteps } from './components/checklist/added-steps';
import { ChoiceSection } from './components/checklist/choice-section';
import { Conclusion } from './components/checklist/conclusion';
import { ListSection } from './components/checklist/list-section';
import { NextDeadline } from './components/checklist/next-deadline';
import { MissingOrganisation } from './components/organisations/missing-organisation';
import { OrganisationSwitcher } from './components/organisations/organisation-switcher';
import { CopyReminder, KeepingFooter } from './components/progress/keeping';
import { ProgressToolbar } from './components/progress/progress-toolbar';
import { LanguageContext, useLanguagePack, useUi } from './components/shared/language';
import { lazyPart } from './components/shared/lazy-part';
import { useOrganisationName } from './components/shared/use-organisation-name';
import { PageHeader } from './components/shell/page-header';
import { Started, useStarted } from './components/shell/started';
import { SituationCheck } from './components/situation/situation-check';
import { SourcesList } from './components/situation/sources-list';
import { productionCalendar } from './content/documents/production-calendar';
import type { Procedure } from './content/types';
import { useProgressStore } from './store/progress-store';

/**
 * The letter, the dates and the record: at the foot of the page, out of the prerendered
 * first paint, loaded and drawn as soon as the app has started.
 */
const Documents = lazyPart(() =>
  import('./components/documents/documents').then((module) => module.Documents),
);

/** Whether the browser keeps the data, who ticks here, the reminder to copy: once started. */

/** The documents part writes the calendar of all organisations; it is loaded by then. */
const loadReminders = () =>
  import('./components/documents/documents').then((module) => module.remindersOf);

export type AppProps = {
  /** A procedure to show instead of the ITS one in the page's language (tests, benchmark). */
  procedure?: Procedure;
};

export function App({ procedure: given }: AppProps) {
  const pack = useLanguagePack(useProgressStore((state) => state.language));
  const { ui, procedure: translated, language } = pack;
  const procedure = given ?? translated;
  useEffect(() => {
    // Set only when different: a new value restyles the page.
    const root = document.documentElement;
    if (root.lang !== language) root.lang = language;
  }, [language]);
  const stages = procedure.sections.length;
  // The parts that read the procedure from the context (the deadlines) see the one shown.
  const context = useMemo(() => (given ? { ...pack, procedure: given } : pack), [pack, given]);
  return (
    <LanguageContext value={context}>
      <PageHeader procedure={procedure} />
      <ProgressToolbar
        procedure={procedure}
        organisation={<OrganisationSwitcher procedure={procedure} loadReminders={loadReminders} />}
        notices={<MissingOrganisation />}
      />
      <main className="page" id="main">
        <Conclusion procedure={procedure} top />
        <NextDeadline />
        <WhenStarted>
          <CopyReminder />
        </WhenStarted>
        {procedure.situation && <SituationCheck situation={procedure.situation} />}
        <AddedSteps procedure={procedure} />
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
        <DocumentsPart procedure={procedure} />
      </main>
      <SourcesList procedure={procedure} calendar={calendarSources} />
      <footer className="page page-footer">
        <p>{ui.savedHere}</p>
        <WhenStarted>
          <KeepingFooter />
        </WhenStarted>
      </footer>
      <Started />
      <DocumentTitle />
    </LanguageContext>
  );
}

/** The legal acts the production calendar follows, each once. */
const calendarSources = [...new Set(Object.values(productionCalendar).map((year) => year.source))];

/** What only the running app can tell (what the browser keeps, this device's own record). */
function WhenStarted({ children }: { children: ReactNode }) {
  const started = useStarted();
  return started ? children : null;
}

/** Drawn once the app has started: the only part of the page that then renders anew. */
function DocumentsPart({ procedure }: { procedure: Procedure }) {
  const started = useStarted();
  return <div className="documents-root">{started && <Documents procedure={procedure} />}</div>;
}

/**
 * The tab's title; with several organisations it says whose procedure the tab holds, as a
 * bookmark does. Apart, so that typing the letter's «Организация» redraws nothing else.
 */
function DocumentTitle() {
  const ui = useUi();
  const organisation = useOrganisationName();
  const several = useProgressStore((state) => Object.keys(state.organisations).length > 1);
  useEffect(() => {
    const title = several ? `${organisation} — ${ui.documentTitle}` : ui.documentTitle;
    if (document.title !== title) document.title = title;
  }, [ui, organisation, several]);
  return null;
}
