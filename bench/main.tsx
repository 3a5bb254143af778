import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../src/app';
import { ChoiceSection } from '../src/components/choice-section';
import { Conclusion } from '../src/components/conclusion';
import { Icon } from '../src/components/icon';
import { ItemCard } from '../src/components/item-card';
import { ItemList } from '../src/components/item-list';
import { ItemNote } from '../src/components/item-note';
import { ListSection } from '../src/components/list-section';
import { LockPanel } from '../src/components/lock-panel';
import { OptionColumn } from '../src/components/option-column';
import { ProgressActions } from '../src/components/progress-actions';
import { ProgressSummary } from '../src/components/progress-summary';
import { ProgressToolbar } from '../src/components/progress-toolbar';
import { ResumeLink } from '../src/components/resume-link';
import { SectionCounter } from '../src/components/section-counter';
import { SectionHeader } from '../src/components/section-header';
import { StorageAlert } from '../src/components/storage-alert';
import { itsTermination } from '../src/content/its-termination';
import { useProgressStore } from '../src/store/progress-store';
import { largeProcedure } from './large-procedure';
import { renderLog } from './render-counter';
import '../src/styles.css';

// Production builds shorten function names; the log names components by reference.
const components = {
  App,
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
