import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app';
import { AddedSteps } from '../src/components/checklist/added-steps';
import { ChoiceSection } from '../src/components/checklist/choice-section';
import { Conclusion } from '../src/components/checklist/conclusion';
import { ItemCard } from '../src/components/checklist/item-card';
import { ItemList } from '../src/components/checklist/item-list';
import { ItemNote } from '../src/components/checklist/item-note';
import { ListSection } from '../src/components/checklist/list-section';
import { LockPanel } from '../src/components/checklist/lock-panel';
import { OptionColumn } from '../src/components/checklist/option-column';
import { SectionCounter } from '../src/components/checklist/section-counter';
import { SectionHeader } from '../src/components/checklist/section-header';
import { ProgressActions } from '../src/components/progress/progress-actions';
import { ProgressSummary } from '../src/components/progress/progress-summary';
import { ProgressToolbar } from '../src/components/progress/progress-toolbar';
import { ResumeLink } from '../src/components/progress/resume-link';
import { StorageAlert } from '../src/components/progress/storage-alert';
import { Icon } from '../src/components/shared/icon';
import { SourceLinks } from '../src/components/shared/source-links';
import { SituationCheck } from '../src/components/situation/situation-check';
import { SourcesList } from '../src/components/situation/sources-list';
import { itsTermination } from '../src/content/article/its-termination';
import { useProgressStore } from '../src/store/progress-store';
import { largeProcedure } from './large-procedure';
import { renderLog } from './render-counter';
import '../src/styles.css';

// Production builds shorten function names; the log names components by reference.
const components = {
  App,
  AddedSteps,
  SituationCheck,
  SourceLinks,
  SourcesList,
  ChoiceSection,
  Conclusion,
  Icon,
  ItemCard,
  ItemList,
  ItemNote,
  ListSection,
  LockPanel,
  OptionColumn,
  ProgressSummary,
  ProgressToolbar,
  ResumeLink,
  SectionCounter,
  SectionHeader,
  StorageAlert,
  ProgressActions,
};
for (const [name, component] of Object.entries(components)) renderLog.names.set(component, name);

const procedure =
  new URLSearchParams(window.location.search).get('list') === 'large'
    ? largeProcedure
    : itsTermination;

Object.assign(window, { bench: { renderLog, store: useProgressStore, procedure } });

const root = document.getElementById('root');
if (!root) throw new Error('bench/index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App procedure={procedure} />
  </StrictMode>,
);
