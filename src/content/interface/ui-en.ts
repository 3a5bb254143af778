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
  stageState: (done, total, locked) =>
    locked
      ? 'not open yet'
      : total === 0
        ? 'no method chosen yet'
        : done === total
          ? 'done'
          : `${done} of ${total}`,
  sectionCount: (done, total) => `${done} of ${total}`,
  sectionDone: 'done',
  remaining: (n) => `${count(n, 'item', 'items')} left`,
  lockRemainingIntro: 'Tick what is still to be done:',
  lockItemDone: 'ticked',
  lockKeepsChoice:
    'Your chosen method and ticked steps are kept and come back with the comparison.',
  unlocked: 'The comparison of methods is open: choose a method.',
  optionIdle: 'Choose this method to tick its steps.',
  tickedAt: (time) => `ticked ${tickTime.format(time)}`,
  doneTitle: 'All steps are done',
  doneOutsideTitle: 'What still has to happen outside this page',
  doneOutsideNote:
    'The ticks here are your plan, not the end of the contract itself: it ends once the partner has received the notice and the date it gives has come.',
  doneOutside: (receiveBy, end) => [
    `The partner has received the notice${receiveBy ? ` by ${receiveBy}` : ''}, and you hold proof of delivery: a signature on your copy, the acknowledgement of receipt or the EDO receipt.`,
    'Both sides have signed the act of work done and the termination documents.',
    end ? `The contract's end date has come: ${end}.` : "The contract's end date has come.",
  ],
  recommendationTitle: 'Recommendation',
  partFailed: 'Part of the page did not load. Check the internet connection and reload the page.',
  savedHere:
    'Ticks and notes are kept in this browser on this device: you can close the tab and come back later. To go on on another device or hand them to a colleague, use “Pass on” or “Export to file”.',
  keep: {
    kept: 'The browser will keep the data: it promised not to delete it by itself.',
    mayDelete:
      'The browser may delete the data if the page goes unvisited for long or the device runs short of space: make a copy with “Export to file”.',
    refused:
      'The browser made no promise to keep the data and may delete it: make a copy with “Export to file”.',
    unsupported:
      'This browser may delete the page’s data: make a copy now and then with “Export to file”.',
    asking: 'Asking the browser…',
  },
  keepButton: 'Keep it safe',
  copyReminder: (daysAgo) =>
    `${daysAgo === null ? 'No copy made yet' : `Last copy: ${daysAgo <= 0 ? 'today' : daysAgo === 1 ? 'yesterday' : `${String(daysAgo)} days ago`}`}. Several days of ticks are only in this browser, which may delete the page’s data.`,
  copyButton: 'Save a copy to file',
  deviceName: 'Who ticks',
  deviceNameHint:
    'Optional. The name is saved with every tick and note made here, travels with the file and link, and appears in the record.',
  deviceNamePlaceholder: 'e.g. A. A. Ivanova',
  organisationCaption: 'Organisation',
  organisationDefault: (number: number) => `Organisation ${String(number)}`,
  resume: 'Continue',
  toolbarLabel: 'Progress',
  actionsLabel: 'Progress actions',
  exportLabel: 'Export to file',
  exportShort: 'Export',
  importLabel: 'Import from file',
  importShort: 'Import',
  shareLabel: 'Pass on to another device',
  shareShort: 'Pass on',
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
  cautionTag: 'Caution — not from the article:',
  timeline: { notice: 'Send the notice to the partner', end: 'The ITS contract ends' },
  dueBy: (date) => `by ${date}`,
  dueState: (state, left) =>
    state === 'passed'
      ? 'the date has passed'
      : left === 0
        ? 'today is the last day'
        : `${count(left, 'working day', 'working days')} left`,
  nextDeadlineLabel: 'Next deadline',
  nextDeadlineDates: 'All dates',
  nextDeadlineEnd: (date) => `The ITS contract ends on ${date}`,
  nextDeadlinePassed:
    'The date has passed: the contract ends no earlier than the notice period after the notice is received. Send it as soon as you can and agree the new date and payment with the partner.',
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
