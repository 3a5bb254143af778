/**
 * Wording of the documents part (the termination letter, the dates, the completion record),
 * loaded with it on demand.
 */
import { plural, tickTime } from '../interface/ui-ru';
import type {
  DeadlineState,
  Delivery,
  DocPart,
  Letter,
  LetterField,
  LetterValues,
  NoticeUnit,
  Reason,
  Wording,
} from './letter-fields';

/** What the checks can find, by field; warnings do not mark a field invalid. */
export type ProblemCode =
  | 'inn-not-digits'
  | 'inn-length'
  | 'inn-checksum'
  | 'kpp-length'
  | 'kpp-format'
  | 'kpp-entrepreneur'
  | 'bik-not-digits'
  | 'bik-length'
  | 'account-not-digits'
  | 'account-length'
  | 'account-checksum'
  | 'date-invalid'
  | 'contract-future'
  | 'before-contract'
  | 'not-period-end'
  | 'past'
  | 'notice-days'
  | 'details-needed';

/** Facts a problem message may quote: dates already formatted. */
export type ProblemContext = { typed: number; contractDate: string; periodEnd: string };

type Field = { label: string; hint?: string };

const days = (count: number) => plural(count, { one: 'день', few: 'дня', many: 'дней' });

/** "№ 12-ИТС от 01.02.2024", with blanks where the person has not filled in yet. */
const contract = (v: LetterValues): DocPart[] => ['№ ', v.contractNumber, ' от ', v.contractDate];

const addressee = (v: LetterValues): DocPart[][] => [
  ['Кому: ', v.partner],
  ['От: ', v.organisation],
  typeof v.kpp === 'string' && v.kpp !== '' ? ['ИНН ', v.inn, ', КПП ', v.kpp] : ['ИНН ', v.inn],
];

/** The reason, the registration numbers, the tariff and the services: the same in both wordings. */
const body = (v: LetterValues): DocPart[][] => [
  typeof v.reasonDetails === 'string' && v.reasonDetails !== ''
    ? ['Причина расторжения: ', v.reason, '. ', v.reasonDetails]
    : ['Причина расторжения: ', v.reason, '.'],
  ...(v.regNumbers !== '' ? [['Регистрационные номера программ: ', v.regNumbers, '.']] : []),
  ...(v.tariff !== '' ? [[`Тариф сопровождения: ${v.tariff}.`]] : []),
  ...(v.services !== '' ? [[`Просим также отключить сервисы: ${v.services}.`]] : []),
];

/** The act of reconciliation, the refund and the contact, when asked for. */
const requests = (v: LetterValues): DocPart[][] => [
  ...(v.reconciliation
    ? [
        [
          'Просим направить акт сверки взаиморасчётов на дату расторжения и закрывающие документы за последний период.',
        ],
      ]
    : []),
  ...(v.refund
    ? [
        [
          'Сумму предоплаты за неоказанные услуги, если она есть, просим вернуть на расчётный счёт ',
          v.account,
          ' в ',
          v.bank,
          ', БИК ',
          v.bik,
          '.',
        ],
      ]
    : []),
  ['Контактное лицо: ', v.contact, '.'],
];

const closing = (v: LetterValues): DocPart[][] => [
  [v.today],
  [v.signatory, ' ____________________ (подпись)'],
];

export const documents = {
  letterTitle: 'Заявление о расторжении',
  letterIntro:
    'Заполните поля — рядом сразу появится готовое заявление партнёру 1С. Черновик сохраняется вместе с прогрессом.',
  fromSteps: 'Составить заявление',
  formLabel: 'Данные для заявления',
  optional: 'необязательно',
  fields: {
    organisation: { label: 'Организация', hint: 'Полное наименование, как в договоре' },
    inn: { label: 'ИНН', hint: '10 цифр у организации, 12 у ИП' },
    kpp: { label: 'КПП', hint: '9 знаков; у ИП нет КПП' },
    contractNumber: { label: 'Номер договора' },
    contractDate: { label: 'Дата договора' },
    partner: { label: 'Партнёр 1С', hint: 'Компания, с которой заключён договор ИТС' },
    periodEnd: {
      label: 'Конец расчётного периода',
      hint: 'Последний оплаченный день: см. договор или последний счёт',
    },
    disconnectionDate: { label: 'Дата отключения' },
    reason: { label: 'Причина расторжения' },
    reasonDetails: { label: 'Пояснение к причине' },
    contact: { label: 'Контактное лицо', hint: 'ФИО и телефон или эл. почта' },
    signatory: { label: 'Кто подписывает', hint: 'Должность и ФИО руководителя' },
    regNumbers: {
      label: 'Регистрационные номера программ',
      hint: 'С регистрационной карточки или из личного кабинета portal.1c.ru; несколько — через запятую',
    },
    reconciliation: { label: 'Запросить акт сверки взаиморасчётов и закрывающие документы' },
    refund: { label: 'Попросить вернуть неиспользованную предоплату' },
    bank: { label: 'Банк' },
    bik: { label: 'БИК', hint: '9 цифр' },
    account: { label: 'Расчётный счёт', hint: '20 цифр' },
    servicesOff: { label: 'Какие сервисы отключить' },
    wording: { label: 'Что это за письмо' },
    noticeDays: {
      label: 'Срок уведомления по договору, дней',
      hint: 'За сколько дней до прекращения договора партнёр должен получить уведомление: см. раздел договора о расторжении',
    },
    noticeUnit: { label: 'Каких дней' },
    delivery: { label: 'Как отправите уведомление' },
  } satisfies Record<LetterField, Field>,
  wordings: {
    refusal: {
      label: 'Уведомление об одностороннем отказе',
      hint: 'Договор прекратится без согласия партнёра: по получении уведомления, если договор не устанавливает иного срока (ГК РФ, ст. 450.1; п. 1 ст. 782).',
    },
    agreement: {
      label: 'Предложение расторгнуть по соглашению сторон',
      hint: 'Договор прекратится, только если партнёр согласится и стороны подпишут соглашение о расторжении; пока он не ответил, договор действует (ГК РФ, ст. 452).',
    },
  } satisfies Record<Wording, Field>,
  noticeUnits: { calendar: 'календарных', working: 'рабочих' } satisfies Record<NoticeUnit, string>,
  noticeUnknown: 'Не знаю',
  noticeUnknownHint:
    'Срок уведомления указан в договоре: найдите его, выполняя пункт «Проверьте условия действующего договора». Без него последний день отправки не рассчитать.',
  deliveries: {
    hand: {
      label: 'Лично под подпись',
      hint: 'Уведомление получено в день вручения: попросите поставить отметку о получении с датой и подписью на вашем экземпляре.',
    },
    post: {
      label: 'Заказным письмом с уведомлением о вручении',
      hint: 'Расчёт считает письмо полученным, когда партнёр его получит; на пересылку заложено 14 календарных дней — контрольные сроки пересылки зависят от маршрута (приказ Минцифры № 400).',
    },
    edo: {
      label: 'Через ЭДО, с квалифицированной электронной подписью',
      hint: 'Такой документ равнозначен подписанному на бумаге (63-ФЗ, ст. 6); на доставку и её подтверждение заложен 1 рабочий день.',
    },
  } satisfies Record<Delivery, Field>,
  situationInLetter: (tariff: string) =>
    tariff
      ? `Тариф ${tariff} попадёт в заявление из ваших ответов в начале страницы.`
      : 'Ответьте на вопросы в начале страницы — в заявление попадут тариф и сервисы, которые можно отключить.',
  servicesOffHint: 'Отметьте только то, что больше не нужно: остальные сервисы продолжат работать.',
  reasonChoose: 'Выберите причину',
  reasons: {
    'no-updates': 'Обновления и поддержка больше не нужны',
    cost: 'Сокращение расходов',
    'other-partner': 'Переход к другому партнёру 1С',
    closing: 'Прекращение деятельности организации',
    'other-system': 'Переход на другую учётную систему',
    other: 'Другая причина',
  } satisfies Record<Reason, string>,
  problems: {
    'inn-not-digits': () => 'ИНН состоит только из цифр.',
    'inn-length': ({ typed }) =>
      `ИНН — это 10 цифр у организации или 12 у ИП, а введено ${String(typed)}.`,
    'inn-checksum': () =>
      'Такого ИНН не бывает: не сходится контрольная цифра. Сверьте его с договором или выпиской из ЕГРЮЛ.',
    'kpp-length': ({ typed }) => `КПП — это 9 знаков, а введено ${String(typed)}.`,
    'kpp-format': () => 'КПП: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры.',
    'kpp-entrepreneur': () => 'У ИП (ИНН из 12 цифр) нет КПП: оставьте поле пустым.',
    'bik-not-digits': () => 'БИК состоит только из цифр.',
    'bik-length': ({ typed }) => `БИК — это 9 цифр, а введено ${String(typed)}.`,
    'account-not-digits': () => 'Номер счёта состоит только из цифр.',
    'account-length': ({ typed }) => `Расчётный счёт — это 20 цифр, а введено ${String(typed)}.`,
    'account-checksum': () =>
      'Счёт не сходится с БИК: не совпадает контрольный ключ. Сверьте оба номера с банковскими реквизитами.',
    'date-invalid': () => 'Такой даты нет: укажите день, месяц и год.',
    'contract-future': () => 'Дата договора ещё не наступила: проверьте год.',
    'before-contract': ({ contractDate }) =>
      `Дата отключения должна быть позже даты договора (${contractDate}).`,
    'not-period-end': ({ periodEnd }) =>
      `Не совпадает с концом расчётного периода (${periodEnd}). Дата отключения должна совпадать с концом расчётного периода.`,
    past: () => 'Эта дата уже прошла.',
    'notice-days': () => 'Укажите число дней от 0 до 365 или отметьте «Не знаю».',
    'details-needed': () => 'Опишите причину своими словами.',
  } satisfies Record<ProblemCode, (context: ProblemContext) => string>,
  warningPrefix: 'Внимание:',
  errorPrefix: 'Ошибка:',
  usePeriodEnd: (date: string) => `Поставить ${date}`,

  datesLabel: 'Сроки',
  periodLeft: (left: number) =>
    left > 0
      ? `До конца расчётного периода ${plural(left, { one: 'остался', few: 'осталось', many: 'осталось' })} ${String(left)} ${days(left)}.`
      : left === 0
        ? 'Расчётный период заканчивается сегодня.'
        : `Расчётный период закончился ${String(-left)} ${days(-left)} назад. Если договор продлился, укажите конец текущего периода.`,
  reminderButton: 'Напоминание в календарь',
  timeline: { notice: 'Отправить уведомление партнёру', end: 'Договор ИТС прекращается' },
  timelineTitle: 'Ваши сроки',
  timelineNeedsEnd:
    'Укажите конец расчётного периода или дату отключения: от неё считаются все сроки.',
  timelineNeedsNotice:
    'Укажите срок уведомления по договору — и здесь появится последний день отправки.',
  noticeResult: (sendBy: string, receiveBy: string, delivery: Delivery | null) =>
    delivery === null
      ? `Партнёр должен получить уведомление не позднее ${receiveBy}. Выберите способ отправки — и здесь появится последний день, чтобы отправить его.`
      : delivery === 'hand'
        ? `Вручите уведомление не позднее ${receiveBy}.`
        : `Отправьте уведомление не позднее ${sendBy}, чтобы партнёр получил его не позднее ${receiveBy}.`,
  noticeUncollected: (date: string) =>
    `Если партнёр не заберёт письмо, оно будет считаться доставленным только когда вернётся к вам по истечении срока хранения на почте — 30 дней (ГК РФ, ст. 165.1). Чтобы не зависеть от этого, отправьте его до ${date} или выберите вручение под подпись или ЭДО.`,
  /** Where a deadline stands today; the end of the contract is not done but reached. */
  timelineState: (state: DeadlineState, left: number, end: boolean) =>
    state === 'done'
      ? end
        ? 'дата наступила'
        : 'выполнено'
      : state === 'passed'
        ? 'срок прошёл'
        : left === 0
          ? 'сегодня последний день'
          : `через ${String(left)} ${plural(left, { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' })}`,
  timelineWorkingDay:
    'Сроки действий перенесены с выходных и праздников на предыдущий рабочий день.',
  reminderPlan: (count: number) =>
    `В календаре будет ${String(count)} ${plural(count, { one: 'событие', few: 'события', many: 'событий' })} — по одному на каждый срок, с напоминанием за 3 рабочих дня и в сам день.`,
  reminderNeedsDate:
    'Укажите дату отключения или конец расчётного периода: от неё считаются сроки в календаре.',
  reminderProvisional: (year: number) =>
    `Календарь на ${String(year)} год предварительный: переносы выходных по постановлению Правительства в нём ещё не учтены.`,
  reminderUncovered: (year: number) =>
    `Производственного календаря на ${String(year)} год здесь нет: учтены только субботы и воскресенья.`,
  calendarSource: (source: string) => `Производственный календарь: ${source}.`,
  reminderSaved: 'Файл календаря скачан: откройте его, чтобы добавить события в календарь.',
  eventSummary: (id: string, label: string) =>
    id === 'end' ? 'Договор ИТС прекращается' : `${label} — последний день`,
  eventDescription: (facts: {
    id: string;
    date: string;
    end: string;
    contract: string;
    receiveBy: string;
    delivery: Delivery | null;
  }) =>
    [
      facts.id === 'end'
        ? `Дата прекращения договора сопровождения 1С:ИТС: ${facts.end}.`
        : facts.id === 'notice'
          ? `Последний день, чтобы отправить уведомление партнёру: ${facts.date}. Партнёр должен получить его не позднее ${facts.receiveBy}.`
          : `Последний рабочий день перед прекращением договора (${facts.end}).`,
      facts.contract ? `Договор ${facts.contract}.` : '',
      facts.id === 'end'
        ? 'Проверьте: партнёр получил уведомление, акт выполненных работ и документы о расторжении подписаны.'
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  reminderFile: (date: string) => `napominanie-otkluchenie-its-${date}.ics`,

  previewLabel: 'Заявление',
  print: 'Печать',
  copy: 'Копировать текст',
  copied: 'Текст заявления скопирован.',
  copyFailed: 'Не удалось скопировать: выделите текст заявления и скопируйте его вручную.',
  blanks: {
    organisation: 'наименование организации',
    inn: 'ИНН',
    kpp: 'КПП',
    contractNumber: 'номер',
    contractDate: 'дата',
    partner: 'наименование партнёра 1С',
    periodEnd: 'дата',
    disconnectionDate: 'дата',
    reason: 'причина',
    reasonDetails: 'пояснение',
    contact: 'ФИО, телефон',
    signatory: 'должность, ФИО',
    regNumbers: 'регистрационные номера',
    reconciliation: '',
    refund: '',
    bank: 'банк',
    bik: 'БИК',
    account: 'расчётный счёт',
    servicesOff: '',
    wording: '',
    noticeDays: '',
    noticeUnit: '',
    delivery: '',
  } satisfies Record<LetterField, string>,
  letter: (v: LetterValues): Letter =>
    v.wording === 'agreement'
      ? {
          addressee: addressee(v),
          title: 'ЗАЯВЛЕНИЕ',
          subtitle:
            'о расторжении договора информационно-технологического сопровождения (1С:ИТС) по соглашению сторон',
          paragraphs: [
            [
              v.organisation,
              ' предлагает расторгнуть по соглашению сторон договор ',
              ...contract(v),
              ' на информационно-технологическое сопровождение программ 1С (1С:ИТС) с ',
              v.disconnectionDate,
              ', по окончании оплаченного расчётного периода.',
            ],
            ...body(v),
            [
              'Просим направить соглашение о расторжении договора, акт выполненных работ и документы о расторжении для подписания.',
            ],
            ...requests(v),
          ],
          closing: closing(v),
        }
      : {
          addressee: addressee(v),
          title: 'УВЕДОМЛЕНИЕ',
          subtitle:
            'об одностороннем отказе от исполнения договора информационно-технологического сопровождения (1С:ИТС)',
          paragraphs: [
            [
              v.organisation,
              ' уведомляет об одностороннем отказе от исполнения договора ',
              ...contract(v),
              ' на информационно-технологическое сопровождение программ 1С (1С:ИТС) на основании п. 1 ст. 782 ГК РФ.',
            ],
            ['Договор прекращается с ', v.disconnectionDate, '.'],
            ...body(v),
            [
              'Просим направить акт выполненных работ и документы о расторжении договора для подписания.',
            ],
            ...requests(v),
          ],
          closing: closing(v),
        },

  recordRegion: 'Протокол для архива',
  recordRegionText:
    'Все шаги с датами отметок и заметками, организация и выбранный способ — на одном листе для документов компании.',
  recordButton: 'Протокол',
  recordTitle: 'Протокол отключения сопровождения 1С:ИТС',
  recordFacts: {
    organisation: 'Организация',
    requisites: 'ИНН / КПП',
    contract: 'Договор',
    partner: 'Партнёр 1С',
    disconnection: 'Дата отключения',
    method: 'Способ отключения',
    progress: 'Выполнено',
  },
  recordContract: (number: string, date: string) =>
    [number && `№ ${number}`, date && `от ${date}`].filter(Boolean).join(' '),
  recordMethodNone: 'не выбран',
  recordNotFilled: '—',
  recordDone: (time: number, by?: string) =>
    `выполнено ${tickTime.format(time)}${by ? `, отметил(а) ${by}` : ''}`,
  recordOpen: 'не выполнено',
  recordNote: 'Заметка:',
  recordNoteBy: (by: string) => `(записал(а) ${by})`,
  recordMade: (time: number) => `Протокол составлен ${tickTime.format(time)}.`,
  recordSignature: 'Ответственный: ____________________ / ____________________ /',
  recordPrint: 'Распечатать',
  recordClose: 'Закрыть',
};

/** The documents wording every language provides. */
export type DocumentsText = typeof documents;
