import type { OrganisationsText } from './organisations-ru';
import { tickTime } from './ui-en';

/** The list of organisations in English, keyed like the Russian. */
export const organisations: OrganisationsText = {
  panelTitle: 'Organisations on this device',
  progress: (done, total, percent) => `${String(done)} of ${String(total)} · ${String(percent)}%`,
  disconnection: (date) => `disconnection ${date}`,
  unreadable: 'saved data cannot be read',
  add: 'Add organisation',
  rename: 'Rename',
  renameLabel: 'Organisation name',
  renameHint: 'Left empty, the name comes from the letter, or else the organisation’s number.',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  renameFull: (name) => `Rename organisation “${name}”`,
  removeFull: (name) => `Remove organisation “${name}”`,
  removeTitle: (name) => `Remove organisation “${name}” from this device?`,
  removeText:
    'Its ticks, notes, answers and letter draft will be deleted. You can undo this right after.',
  removeConfirm: 'Remove organisation',
  removed: (name) => `Organisation “${name}” removed.`,
  restored: 'Organisation restored.',
  allTitle: 'All organisations',
  exportAll: 'Export all to a file',
  calendarAll: 'Reminders for all to a calendar',
  calendarSaved: (count, total) =>
    `File downloaded: reminders for ${String(count)} of ${String(total)} ${total === 1 ? 'organisation' : 'organisations'}${count < total ? '; the others have no disconnection date yet' : ''}.`,
  calendarNone:
    'No organisation has a disconnection date or billing period end yet: enter them in the letter.',
  calendarFile: (date) => `reminders-all-organisations-${date}.ics`,
  overview: 'Printable summary',
  overviewTitle: 'Summary of organisations',
  overviewMade: (date) => `Made on ${date}.`,
  overviewColumns: {
    name: 'Organisation',
    method: 'Method',
    progress: 'Progress',
    disconnection: 'Disconnection',
    open: 'Still to do',
  },
  overviewNoMethod: 'not chosen',
  overviewNoDate: 'not set',
  overviewAllDone: 'all done',
  overviewMore: (count) => `and ${String(count)} more`,
  unmadeChoice: (title) => `Choose: ${title}`,
  print: 'Print',
  close: 'Close',
  importOrganisation: (name) => `Organisation “${name}”.`,
  importAdds: (name) =>
    `The file holds organisation “${name}”, which is not on this device: it will be added, the others stay as they are.`,
  importAddConfirm: 'Add organisation',
  importMany: (count, exportedAt) =>
    `${exportedAt ? `The file was saved ${tickTime.format(exportedAt)} and holds` : 'The file holds'} ${String(count)} ${count === 1 ? 'organisation' : 'organisations'}. Tick the ones to load:`,
  importRowReplace: (name, now, incoming) =>
    `“${name}”: replaces its progress (now ${now}, in the file ${incoming})`,
  importRowAdd: (name, incoming) => `“${name}”: will be added (in the file ${incoming})`,
  importManyConfirm: 'Load ticked',
  importNothing: 'Tick at least one organisation.',
  missingTitle: 'The organisation in the page address is not on this device',
  missingText: (name) =>
    `It was removed, or filled in another browser. “${name}” is open instead. To bring an organisation from another device, use “Export to file” and “Import from file”.`,
  dismiss: 'Got it',
};
