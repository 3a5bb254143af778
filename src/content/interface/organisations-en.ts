import type { OrganisationsText } from './organisations-ru';
import { tickTime } from './ui-en';

const count = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

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
  mergeTitle: 'Merge with the ticks on this device?',
  mergeLinkTitle: 'Open the ticks passed by link?',
  mergeSource: (device, exportedAt, here) =>
    [
      here ? 'Made on this device' : device ? `From: ${device}` : 'From another device',
      exportedAt ? `saved ${tickTime.format(exportedAt)}` : '',
    ]
      .filter(Boolean)
      .join(', ') + '.',
  mergeSummary: (summary) => {
    const parts = [
      summary.ticksAdded > 0 && `+${count(summary.ticksAdded, 'tick', 'ticks')}`,
      summary.ticksRemoved > 0 && `${count(summary.ticksRemoved, 'tick', 'ticks')} taken back`,
      summary.notesAdded > 0 && `+${count(summary.notesAdded, 'note', 'notes')}`,
      summary.notesChanged > 0 && `${count(summary.notesChanged, 'note', 'notes')} changed`,
      summary.notesRemoved > 0 && `${count(summary.notesRemoved, 'note', 'notes')} removed`,
      summary.choicesChanged > 0 && 'the chosen way changed',
      summary.othersChanged > 0 &&
        `${count(summary.othersChanged, 'answer or letter field', 'answers or letter fields')} changed`,
    ].filter((part): part is string => typeof part === 'string');
    const back = summary.ticksTakenBackHere;
    const stays =
      back > 0 &&
      `${count(back, 'tick', 'ticks')} from the file ${back === 1 ? 'was' : 'were'} taken back here later and ${back === 1 ? 'stays' : 'stay'} off`;
    if (parts.length > 0) return [...parts, ...(stays ? [stays] : [])].join(', ');
    return `nothing new: ${stays || 'all of it is here already'}`;
  },
  mergeRow: (name, summary) => `“${name}”: ${summary}`,
  mergeKeeps: (kept) =>
    `${kept > 0 ? `This device's ticks (${String(kept)}) stay. ` : ''}Where both devices changed the same thing, the later change stays. It can be undone.`,
  mergeConfirm: 'Merge',
  mergeDone: 'Ticks merged.',
  mergeClamped:
    'The file has times later than now (is that device’s clock fast?): those ticks are recorded at the current time.',
  shareTitle: 'Pass on to another device',
  shareIntro: (organisation) =>
    `Open the link on a phone or send it to a colleague: there the page shows what it would add to their ticks, and merges only once they confirm. The link holds the ticks, notes, answers and letter draft of “${organisation}”.`,
  shareLinkLabel: 'Link',
  shareQrLabel: 'QR code of this link: point a phone camera at it',
  sharePrivate:
    'The data is written in the link itself, after the # sign: browsers send that part to no server. Whoever gets the link can see it, though: do not publish it.',
  shareTooLong: (length) =>
    `The link is too long for a QR code (${String(length)} characters): copy it or pass the file.`,
  shareUnavailable:
    'This browser cannot make such links. Pass the progress as a file: “Download the file”, then “Import from file” on the other device.',
  shareCopy: 'Copy the link',
  shareCopied: 'Link copied.',
  shareCopyFailed:
    'The browser would not copy the link: select it in the field and copy it (Ctrl+C).',
  shareFile: 'Download the file',
  missingTitle: 'The organisation in the page address is not on this device',
  missingText: (name) =>
    `It was removed, or filled in another browser. “${name}” is open instead. To bring an organisation from another device, use “Export to file” and “Import from file”.`,
  dismiss: 'Got it',
};
