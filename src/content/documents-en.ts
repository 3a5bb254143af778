import type { DocumentsText } from './documents-ru';
import type { DocPart, LetterValues } from './letter-fields';
import { tickTime } from './ui-en';

const days = (count: number) => `${String(count)} ${count === 1 ? 'day' : 'days'}`;

const contract = (v: LetterValues): DocPart[] => ['No. ', v.contractNumber, ' of ', v.contractDate];

/** The documents part in English, keyed like the Russian. */
export const documents: DocumentsText = {
  letterTitle: 'Termination letter',
  letterIntro:
    'Fill in the fields and the letter to your 1C partner appears beside them. The draft is saved with your progress.',
  fromSteps: 'Write the letter',
  formLabel: 'Details for the letter',
  optional: 'optional',
  fields: {
    organisation: { label: 'Organisation', hint: 'Full name, as in the contract' },
    inn: { label: 'INN (taxpayer number)', hint: '10 digits for a company, 12 for a sole trader' },
    kpp: { label: 'KPP (registration reason code)', hint: '9 characters; sole traders have none' },
    contractNumber: { label: 'Contract number' },
    contractDate: { label: 'Contract date' },
    partner: { label: '1C partner', hint: 'The company your ITS contract is with' },
    periodEnd: {
      label: 'End of the billing period',
      hint: 'The last paid day: see the contract or the latest invoice',
    },
    disconnectionDate: { label: 'Disconnection date' },
    reason: { label: 'Reason for termination' },
    reasonDetails: { label: 'More about the reason' },
    contact: { label: 'Contact person', hint: 'Name and phone or email' },
    signatory: { label: 'Signed by', hint: "The head's position and name" },
    regNumbers: {
      label: 'Registration numbers of the programs',
      hint: 'From the registration card or your portal.1c.ru account; separate several with commas',
    },
    reconciliation: { label: 'Ask for the reconciliation statement and the closing documents' },
    refund: { label: 'Ask for unused prepayment to be returned' },
    bank: { label: 'Bank' },
    bik: { label: 'BIK (bank code)', hint: '9 digits' },
    account: { label: 'Settlement account', hint: '20 digits' },
    servicesOff: { label: 'Which services to switch off' },
  },
  situationInLetter: (tariff) =>
    tariff
      ? `The tariff ${tariff} comes into the letter from your answers at the top of the page.`
      : 'Answer the questions at the top of the page: the tariff and the services you can switch off come into the letter.',
  servicesOffHint: 'Tick only what is no longer needed: the other services keep working.',
  reasonChoose: 'Choose a reason',
  reasons: {
    'no-updates': 'Updates and support are no longer needed',
    cost: 'Cutting costs',
    'other-partner': 'Moving to another 1C partner',
    closing: 'The organisation is closing down',
    'other-system': 'Moving to another accounting system',
    other: 'Another reason',
  },
  problems: {
    'inn-not-digits': () => 'An INN has digits only.',
    'inn-length': ({ typed }) =>
      `An INN has 10 digits for a company or 12 for a sole trader; this one has ${String(typed)}.`,
    'inn-checksum': () =>
      'No INN has these digits: the check digit does not match. Compare it with the contract or the register extract.',
    'kpp-length': ({ typed }) => `A KPP has 9 characters; this one has ${String(typed)}.`,
    'kpp-format': () => 'A KPP is 4 digits, then 2 digits or capital Latin letters, then 3 digits.',
    'kpp-entrepreneur': () => 'A sole trader (12-digit INN) has no KPP: leave this field empty.',
    'bik-not-digits': () => 'A BIK has digits only.',
    'bik-length': ({ typed }) => `A BIK is 9 digits; ${String(typed)} typed.`,
    'account-not-digits': () => 'An account number has digits only.',
    'account-length': ({ typed }) => `A settlement account is 20 digits; ${String(typed)} typed.`,
    'account-checksum': () =>
      'The account does not match the BIK: the control key differs. Check both against the bank details.',
    'date-invalid': () => 'There is no such date: give a day, month and year.',
    'contract-future': () => 'The contract date is still to come: check the year.',
    'before-contract': ({ contractDate }) =>
      `The disconnection date must come after the contract date (${contractDate}).`,
    'not-period-end': ({ periodEnd }) =>
      `This is not the end of the billing period (${periodEnd}). The disconnection date should coincide with the end of the billing period.`,
    past: () => 'This date has passed.',
    'details-needed': () => 'Describe the reason in your own words.',
  },
  warningPrefix: 'Note:',
  errorPrefix: 'Error:',
  usePeriodEnd: (date) => `Use ${date}`,

  datesLabel: 'Dates',
  periodLeft: (left) =>
    left > 0
      ? `${days(left)} left until the end of the billing period.`
      : left === 0
        ? 'The billing period ends today.'
        : `The billing period ended ${days(-left)} ago. If the contract was extended, give the end of the current period.`,
  reminderButton: 'Calendar reminder',
  reminderWorkingDays: 5,
  reminderPlan: (date) =>
    `The event goes on ${date}, 5 working days before disconnection, skipping weekends and holidays.`,
  reminderNeedsDate:
    'Give the disconnection date or the end of the billing period: the reminder counts back from it.',
  reminderProvisional: (year) =>
    `The calendar for ${String(year)} is provisional: the Government's transfers of days off are not in it yet.`,
  reminderUncovered: (year) =>
    `There is no production calendar for ${String(year)} here: only Saturdays and Sundays are skipped.`,
  calendarSource: (source) => `Russian production calendar: ${source}.`,
  reminderSaved: 'The reminder file is downloaded: open it to add the event to your calendar.',
  reminderSummary: '1C support disconnection: 5 working days left',
  reminderDescription: (disconnection, contractText) =>
    [
      `1C:ITS support is disconnected on ${disconnection}.`,
      contractText ? `Contract ${contractText}.` : '',
      'Check that the letter went to the partner, the certificate of work performed has arrived, the termination documents are signed and the databases are backed up.',
    ]
      .filter(Boolean)
      .join('\n'),
  reminderFile: (date) => `its-disconnection-reminder-${date}.ics`,

  previewLabel: 'Letter',
  print: 'Print the letter',
  copy: 'Copy the text',
  copied: 'The letter is copied.',
  copyFailed: 'Copying did not work: select the letter and copy it by hand.',
  blanks: {
    organisation: 'organisation name',
    inn: 'INN',
    kpp: 'KPP',
    contractNumber: 'number',
    contractDate: 'date',
    partner: '1C partner name',
    periodEnd: 'date',
    disconnectionDate: 'date',
    reason: 'reason',
    reasonDetails: 'details',
    contact: 'name, phone',
    signatory: 'position, name',
    regNumbers: 'registration numbers',
    reconciliation: '',
    refund: '',
    bank: 'bank',
    bik: 'BIK',
    account: 'settlement account',
    servicesOff: '',
  },
  letter: (v) => ({
    addressee: [
      ['To: ', v.partner],
      ['From: ', v.organisation],
      typeof v.kpp === 'string' && v.kpp !== ''
        ? ['INN ', v.inn, ', KPP ', v.kpp]
        : ['INN ', v.inn],
    ],
    title: 'LETTER OF TERMINATION',
    subtitle: 'of the 1C:ITS information technology support contract',
    paragraphs: [
      [
        v.organisation,
        ' asks to terminate contract ',
        ...contract(v),
        ' for information technology support of 1C software (1C:ITS) and to stop its services from ',
        v.disconnectionDate,
        ', at the end of the paid billing period.',
      ],
      typeof v.reasonDetails === 'string' && v.reasonDetails !== ''
        ? ['Reason for termination: ', v.reason, '. ', v.reasonDetails]
        : ['Reason for termination: ', v.reason, '.'],
      ...(v.regNumbers !== ''
        ? [['Registration numbers of the programs: ', v.regNumbers, '.']]
        : []),
      ...(v.tariff !== '' ? [[`Support tariff: ${v.tariff}.`]] : []),
      ...(v.services !== '' ? [[`Please also switch off these services: ${v.services}.`]] : []),
      ['Please send the certificate of work performed and the termination documents for signing.'],
      ...(v.reconciliation
        ? [
            [
              'Please send a reconciliation statement as of the termination date and the closing documents for the last period.',
            ],
          ]
        : []),
      ...(v.refund
        ? [
            [
              'Please return any prepayment for services not rendered to settlement account ',
              v.account,
              ' at ',
              v.bank,
              ', BIK ',
              v.bik,
              '.',
            ],
          ]
        : []),
      ['Contact person: ', v.contact, '.'],
    ],
    closing: [[v.today], [v.signatory, ' ____________________ (signature)']],
  }),

  recordRegion: 'Record for your files',
  recordRegionText:
    "Every step with its tick time and note, the organisation and the chosen method, on one sheet for the company's files.",
  recordButton: 'Record',
  recordTitle: '1C:ITS support disconnection record',
  recordFacts: {
    organisation: 'Organisation',
    requisites: 'INN / KPP',
    contract: 'Contract',
    partner: '1C partner',
    disconnection: 'Disconnection date',
    method: 'Method',
    progress: 'Done',
  },
  recordContract: (number, date) =>
    [number && `No. ${number}`, date && `of ${date}`].filter(Boolean).join(' '),
  recordMethodNone: 'not chosen',
  recordNotFilled: '—',
  recordDone: (time) => `done ${tickTime.format(time)}`,
  recordOpen: 'not done',
  recordNote: 'Note:',
  recordMade: (time) => `Record made ${tickTime.format(time)}.`,
  recordSignature: 'Responsible: ____________________ / ____________________ /',
  recordPrint: 'Print',
  recordClose: 'Close',
};
