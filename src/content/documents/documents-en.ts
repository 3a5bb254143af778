import { tickTime } from '../interface/ui-en';
import type { DocumentsText } from './documents-ru';
import type { DocPart, LetterValues } from './letter-fields';

const days = (count: number) => `${String(count)} ${count === 1 ? 'day' : 'days'}`;

const contract = (v: LetterValues): DocPart[] => ['No. ', v.contractNumber, ' of ', v.contractDate];

const addressee = (v: LetterValues): DocPart[][] => [
  ['To: ', v.partner],
  ['From: ', v.organisation],
  typeof v.kpp === 'string' && v.kpp !== '' ? ['INN ', v.inn, ', KPP ', v.kpp] : ['INN ', v.inn],
];

const body = (v: LetterValues): DocPart[][] => [
  typeof v.reasonDetails === 'string' && v.reasonDetails !== ''
    ? ['Reason for termination: ', v.reason, '. ', v.reasonDetails]
    : ['Reason for termination: ', v.reason, '.'],
  ...(v.regNumbers !== '' ? [['Registration numbers of the programs: ', v.regNumbers, '.']] : []),
  ...(v.tariff !== '' ? [[`Support tariff: ${v.tariff}.`]] : []),
  ...(v.services !== '' ? [[`Please also switch off these services: ${v.services}.`]] : []),
];

const requests = (v: LetterValues): DocPart[][] => [
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
];

const closing = (v: LetterValues): DocPart[][] => [
  [v.today],
  [v.signatory, ' ____________________ (signature)'],
];

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
    wording: { label: 'What this letter is' },
    noticeDays: {
      label: 'Notice period in the contract, days',
      hint: 'How many days before the contract ends the partner must receive the notice: see the contract’s section on termination',
    },
    noticeUnit: { label: 'Which days' },
    delivery: { label: 'How you will send the notice' },
  },
  wordings: {
    refusal: {
      label: 'Notice of one-sided withdrawal',
      hint: 'The contract ends without the partner’s consent: once the notice is received, unless the contract sets another term (Civil Code, art. 450.1; art. 782, para. 1).',
    },
    agreement: {
      label: 'Offer to end it by mutual agreement',
      hint: 'The contract ends only if the partner agrees and both sign an agreement to terminate; until the partner answers, the contract stands (Civil Code, art. 452).',
    },
  },
  noticeUnits: { calendar: 'calendar', working: 'working' },
  noticeUnknown: 'I don’t know',
  noticeUnknownHint:
    'The notice period is in the contract: find it while doing “Check the terms of the current contract”. Without it the last day to send cannot be worked out.',
  deliveries: {
    hand: {
      label: 'By hand, against a signature',
      hint: 'The notice is received the day it is handed over: ask for a dated receipt mark with a signature on your copy.',
    },
    post: {
      label: 'Registered post with acknowledgement of receipt',
      hint: 'The dates count the letter as received when the partner collects it; 14 calendar days are allowed for the post — the control delivery times depend on the route (Ministry order No. 400).',
    },
    edo: {
      label: 'Through EDO, with a qualified e-signature',
      hint: 'Such a document is equal to one signed on paper (Law 63-FZ, art. 6); 1 working day is allowed for delivery and its confirmation.',
    },
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
    'notice-days': () => 'Give a number of days from 0 to 365, or tick “I don’t know”.',
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
  timeline: { notice: 'Send the notice to the partner', end: 'The ITS contract ends' },
  timelineTitle: 'Your dates',
  timelineNeedsEnd:
    'Give the end of the billing period or the disconnection date: every date counts back from it.',
  timelineNeedsNotice: 'Give the contract’s notice period, and the last day to send appears here.',
  noticeResult: (sendBy, receiveBy, delivery) =>
    delivery === null
      ? `The partner must receive the notice by ${receiveBy}. Choose how you will send it, and the last day to send appears here.`
      : delivery === 'hand'
        ? `Hand the notice over by ${receiveBy}.`
        : `Send the notice by ${sendBy}, so that the partner receives it by ${receiveBy}.`,
  noticeUncollected: (date) =>
    `If the partner does not collect the letter, it counts as delivered only when it comes back to you after its 30 days of storage at the post office (Civil Code, art. 165.1). Not to depend on that, send it by ${date}, or hand it over or use EDO.`,
  timelineState: (state, left, end) =>
    state === 'done'
      ? end
        ? 'date reached'
        : 'done'
      : state === 'passed'
        ? 'the date has passed'
        : left === 0
          ? 'today is the last day'
          : `in ${String(left)} ${left === 1 ? 'working day' : 'working days'}`,
  timelineWorkingDay:
    'Dates for actions that fall on a weekend or holiday move to the working day before.',
  reminderPlan: (count) =>
    `The calendar will hold ${String(count)} ${count === 1 ? 'event' : 'events'}, one per date, each with a reminder 3 working days before and on the day.`,
  reminderNeedsDate:
    'Give the disconnection date or the end of the billing period: the calendar’s dates count back from it.',
  reminderProvisional: (year) =>
    `The calendar for ${String(year)} is provisional: the Government's transfers of days off are not in it yet.`,
  reminderUncovered: (year) =>
    `There is no production calendar for ${String(year)} here: only Saturdays and Sundays are skipped.`,
  calendarSource: (source) => `Russian production calendar: ${source}.`,
  reminderSaved: 'The calendar file is downloaded: open it to add the events to your calendar.',
  eventSummary: (id, label) => (id === 'end' ? 'The ITS contract ends' : `${label}: last day`),
  eventDescription: (facts) =>
    [
      facts.id === 'end'
        ? `The 1C:ITS support contract ends on ${facts.end}.`
        : facts.id === 'notice'
          ? `The last day to send the notice to the partner: ${facts.date}. The partner must receive it by ${facts.receiveBy}.`
          : `The last working day before the contract ends (${facts.end}).`,
      facts.contract ? `Contract ${facts.contract}.` : '',
      facts.id === 'end'
        ? 'Check that the partner has received the notice, and the certificate of work performed and the termination documents are signed.'
        : '',
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
    wording: '',
    noticeDays: '',
    noticeUnit: '',
    delivery: '',
  },
  letter: (v) =>
    v.wording === 'agreement'
      ? {
          addressee: addressee(v),
          title: 'LETTER OF TERMINATION BY AGREEMENT',
          subtitle: 'of the 1C:ITS information technology support contract',
          paragraphs: [
            [
              v.organisation,
              ' offers to terminate by mutual agreement contract ',
              ...contract(v),
              ' for information technology support of 1C software (1C:ITS) from ',
              v.disconnectionDate,
              ', at the end of the paid billing period.',
            ],
            ...body(v),
            [
              'Please send the agreement to terminate the contract, the certificate of work performed and the termination documents for signing.',
            ],
            ...requests(v),
          ],
          closing: closing(v),
        }
      : {
          addressee: addressee(v),
          title: 'NOTICE',
          subtitle:
            'of one-sided withdrawal from the 1C:ITS information technology support contract',
          paragraphs: [
            [
              v.organisation,
              ' gives notice of its one-sided withdrawal from contract ',
              ...contract(v),
              ' for information technology support of 1C software (1C:ITS) under art. 782, para. 1 of the Civil Code of Russia.',
            ],
            ['The contract ends on ', v.disconnectionDate, '.'],
            ...body(v),
            [
              'Please send the certificate of work performed and the termination documents for signing.',
            ],
            ...requests(v),
          ],
          closing: closing(v),
        },

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
  recordDone: (time, by) => `done ${tickTime.format(time)}${by ? `, ticked by ${by}` : ''}`,
  recordOpen: 'not done',
  recordNote: 'Note:',
  recordNoteBy: (by) => `(written by ${by})`,
  recordMade: (time) => `Record made ${tickTime.format(time)}.`,
  recordSignature: 'Responsible: ____________________ / ____________________ /',
  recordPrint: 'Print',
  recordClose: 'Close',
};
