import { clockTime, type UiText } from './ui-ru';

const months = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

/** Day, month, year and time of day, as ticks and files are dated: "7 Nov 2026, 09:05" (en-GB). */
export const tickTime = {
  format: (time: number | Date) => {
    const date = new Date(time);
    return `${String(date.getDate())} ${months[date.getMonth()] ?? ''} ${String(date.getFullYear())}, ${clockTime(date)}`;
  },
};

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Interface wording in English, keyed like the Russian. */
export const ui: UiText = {
  progressLabel: 'Overall progress',
  stepsOf: (done, total) => `${done} of ${count(total, 'step', 'steps')}`,
  percent: (value) => `${value}%`,
  progressValueText: (done, total, value) => `${ui.stepsOf(done, total)}, ${value}%`,
  stage: (index, stages) => `Stage ${index} of ${stages}`,
  sectionCount: (done, total) => `${done} of ${total}`,
  sectionDone: 'done',
  remaining: (n) => `${count(n, 'item', 'items')} left`,
  lockRemainingIntro: 'Tick what is still to be done:',
  lockKeepsChoice:
    'Your chosen method and ticked steps are kept and come back with the comparison.',
  unlocked: 'The comparison of methods is open: choose a method.',
  optionIdle: 'Choose this method to tick its steps.',
  tickedAt: (time) => `ticked ${tickTime.format(time)}`,
  doneTitle: 'All steps are done',
  recommendationTitle: 'Recommendation',
  savedHere:
    'Ticks and notes are kept in this browser on this device: you can close the tab and come back later. To move them to another device, use “Export to file”.',
  organisationCaption: 'Organisation',
  organisationDefault: (number: number) => `Organisation ${String(number)}`,
  resume: 'Continue',
  toolbarLabel: 'Progress',
  actionsLabel: 'Progress actions',
  exportLabel: 'Export to file',
  exportShort: 'Export',
  importLabel: 'Import from file',
  importShort: 'Import',
  resetLabel: 'Reset progress',
  resetShort: 'Reset',
  situationLabel: 'Before you start',
  situationOpen: (n) => `Answer ${count(n, 'question', 'questions')}`,
  situationChange: 'Change the answers',
  situationClear: 'Clear the answers',
  situationCleared: 'Answers cleared: the added steps are gone, their ticks are kept.',
  situationAdded: (n) =>
    n === 0
      ? 'Your answers add no steps.'
      : `${count(n, 'step', 'steps')} added: counted in the overall progress.`,
  addedLabel: 'Added to the article',
  addedTag: 'Not from the article.',
  sourceLabel: (n) => (n === 1 ? 'Source:' : 'Sources:'),
  sourcesTitle: 'Sources',
  newTab: '(opens in a new tab)',
  sourceCalendar: (acts) => `Production calendar: ${acts}`,
  sourceRead: (date) => `read ${date}`,
  noteButton: 'Note',
  noteLabel: (itemText) => `Note for “${itemText}”`,
  notePrefix: 'Note:',
  documentTitle: 'Ending 1C support — a step-by-step checklist',
};
