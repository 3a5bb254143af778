import type { MessagesText } from './messages-ru';
import { tickTime, ui } from './ui-en';

/** On-demand wording in English, keyed like the Russian. */
export const messages: MessagesText = {
  updateTitle: 'A new version is available',
  updateText: 'Reload the page to switch to it: your ticks and notes are kept.',
  updateButton: 'Reload',
  undo: 'Undo',
  resetDone: 'Progress has been reset.',
  importDone: 'Progress has been loaded from the file.',
  undone: 'Progress has been restored.',
  cancel: 'Cancel',
  close: 'Close',
  resetTitle: 'Reset all progress?',
  resetDescription: (ticked, notes) =>
    `All ticks (${ticked}), the chosen method, the situation answers, ${notes > 0 ? `the notes (${notes})` : 'the notes'} and the letter draft will be cleared. You can undo this right after.`,
  resetConfirm: 'Reset',
  importTitle: 'Load progress from the file?',
  importNow: (done, total) => `Ticked now: ${ui.stepsOf(done, total)}.`,
  importFromFile: (done, total, exportedAt) =>
    `In the file: ${ui.stepsOf(done, total)}${exportedAt ? `, saved ${tickTime.format(exportedAt)}` : ''}.`,
  importReplaces:
    'Your current ticks, method, situation answers, notes and letter draft will be replaced. You can undo this.',
  importConfirm: 'Replace progress',
  linkFailedTitle: 'The link was not opened',
  importFailedTitle: 'The file was not loaded',
  importUnchanged: 'Your current progress is unchanged.',
  importProblems: {
    'too-large': 'The file is larger than 1 MB: it is not a progress file.',
    empty: 'The file is empty.',
    'not-json': 'The file is damaged or is not a JSON file.',
    'wrong-format': 'This is not a progress file of this checklist.',
    'newer-version':
      'The file was made by a newer version of the page: reload the page (Ctrl+F5) and load it again.',
    'bad-shape': 'The file has damaged entries.',
    'unknown-ids': 'The file has steps this checklist does not have.',
    'note-too-long': 'The file has a note longer than 500 characters.',
    unreadable: 'The browser could not read the file.',
    'broken-link':
      'The link is damaged or cut short: open it whole (copy it again, say) or ask for the file instead.',
  },
  storage: {
    corrupt: {
      title: 'Your saved progress could not be read',
      text: 'We started afresh and kept the old data aside: download it if you want to restore your ticks by hand.',
    },
    blocked: {
      title: 'The browser does not let the page save progress',
      text: 'Ticking works, but it will be lost when you close the tab. Allow this site to store data or open the page in a normal, non-private window; to keep what you have now, use “Export to file”.',
    },
    full: {
      title: 'The browser’s storage is full',
      text: 'Your latest changes are kept in this tab only. Free some space, for example by clearing other sites’ data: the page will try to save again on your next change. “Export to file” works now.',
    },
    newer: {
      title: 'Your progress was saved by a newer version of the page',
      text: 'To keep it intact, this tab saves nothing. Reload the page (Ctrl+F5) to get the new version.',
    },
  },
  downloadUnreadable: 'Download the old data',
  dismiss: 'Got it',
  noteHint: 'For example, an outgoing letter number or the date of an act.',
  noteCount: (length, max) => `${length} of ${max} characters`,
  noteDone: 'Done',
};
