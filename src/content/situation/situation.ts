import { sources } from '../article/sources';
import type { Answer, Situation } from '../types';

const editions = (...options: string[]): Answer[] =>
  options.map((option) => ({ question: 'edition', option }));
const services = (...options: string[]): Answer[] =>
  options.map((option) => ({ question: 'services', option }));

/**
 * The situation check: what ending ITS changes for this company. Not the article's text: each
 * step and note says why it is there and where that comes from (`sources.ts`).
 */
export const situation: Situation = {
  title: 'Что изменится для вашей компании',
  intro:
    'Три необязательных вопроса. Ответьте хотя бы на один — и к статье добавятся шаги об уведомлении партнёра и оплате, а также шаги для вашей программы и сервисов, каждый с причиной и источником.',
  questions: [
    {
      id: 'edition',
      legend: 'Какая версия программы?',
      multiple: false,
      options: [
        { id: 'basic', label: 'Базовая' },
        { id: 'prof', label: 'ПРОФ' },
        { id: 'corp', label: 'КОРП' },
      ],
    },
    {
      id: 'tariff',
      legend: 'Какой тариф ИТС?',
      multiple: false,
      inLetter: 'tariff',
      options: [
        { id: 'prof', label: 'ИТС ПРОФ' },
        { id: 'techno', label: 'ИТС ТЕХНО' },
      ],
    },
    {
      id: 'services',
      legend: 'Какими сервисами 1С пользуется компания?',
      multiple: true,
      inLetter: 'services',
      options: [
        { id: 'reporting', label: '1С-Отчётность' },
        { id: 'edo', label: '1С-ЭДО' },
        { id: 'fresh', label: '1С:Фреш' },
        { id: 'archive', label: '1С:Облачный архив' },
        { id: 'link', label: '1С:Линк' },
        { id: 'counterparty', label: '1С:Контрагент' },
        { id: 'industry', label: 'ИТС Отраслевой' },
        { id: 'unknown', label: 'Не знаю', uncertain: true },
      ],
    },
  ],
  section: {
    id: 'situation',
    title: 'Шаги для вашей ситуации',
    note: 'Этих шагов нет в статье: их добавили ваши ответы в начале страницы. Они учитываются в прогрессе, пока подходят к вашим ответам; отметки сохранятся, даже если ответ изменить.',
  },
  steps: [
    {
      id: 'situation-notice-received',
      text: 'Найдите в договоре срок и способ уведомления о расторжении и отправьте заявление так, чтобы партнёр получил его вовремя; сохраните подтверждение вручения',
      when: [],
      due: { by: 'notice', label: 'Отправить уведомление партнёру' },
      guidance: {
        reason:
          'Договор прекращается с момента получения уведомления об отказе от него, если иное не предусмотрено законом или договором (ГК РФ, ст. 450.1); уведомление действует с момента доставки, а доказать отправку и доставку должен тот, кто его направил (ст. 165.1).',
        sources: [sources.civilCode4501, sources.civilCode1651],
      },
    },
    {
      id: 'situation-pay-rendered',
      text: 'Будьте готовы оплатить уже оказанные услуги и фактические расходы партнёра; неотработанную предоплату партнёр возвращает за вычетом этих расходов — сверьте условия договора',
      when: [],
      guidance: {
        reason:
          'Заказчик вправе отказаться от договора оказания услуг, оплатив исполнителю фактически понесённые расходы (п. 1 ст. 782 ГК РФ); неотработанный аванс заказчику возвращают за вычетом этих расходов.',
        sources: [sources.refusalOfServices],
      },
    },
    {
      id: 'situation-last-release',
      text: 'До окончания ИТС скачайте и установите последние релизы конфигурации и платформы',
      when: editions('prof', 'corp'),
      due: { by: 'end', label: 'Установить последние релизы' },
      guidance: {
        reason:
          'Программа продолжит работать, но без договора ИТС можно устанавливать только релизы, выпущенные до его окончания: проверка легальности обновлений (руководство администратора 8.3.22) считает нарушением релиз, выпущенный после окончания сопровождения, и программа периодически сообщает о нём.',
        sources: [sources.licenceCheck],
      },
    },
    {
      id: 'situation-admin-account',
      text: 'Администратору: сохраните учётную запись компании на Портале 1С:ИТС (portal.1c.ru), регистрационные номера программ и дистрибутивы установленных релизов',
      when: editions('prof', 'corp'),
      guidance: {
        reason:
          'Проверка легальности обновлений использует данные учётной записи, созданной при регистрации программы и договора сопровождения на Портале 1С:ИТС.',
        sources: [sources.licenceCheck],
      },
    },
    {
      id: 'situation-reporting-channel',
      text: 'Подключите другой способ сдачи отчётности, отправьте отчёты с ближайшими сроками, пока действует лицензия 1С-Отчётности (дату уточните у партнёра), и перенесите архив сданных отчётов',
      when: services('reporting'),
      due: { by: 'end', label: 'Сдать отчёты через 1С-Отчётность' },
      guidance: {
        reason:
          '1С-Отчётность предоставляется в рамках договора 1С:ИТС ПРОФ: уточните у партнёра, до какой даты действует ваша лицензия. Архив сданных отчётов можно перенести в другую систему сдачи отчётности.',
        sources: [sources.reportingInIts, sources.reportingTransfer],
      },
    },
    {
      id: 'situation-edo-documents',
      text: 'Сохраните у себя документы из 1С-ЭДО и узнайте у партнёра, на каких условиях 1С-ЭДО будет работать после окончания ИТС',
      when: services('edo'),
      guidance: {
        reason:
          'Услуги оператора электронного документооборота в 1С-ЭДО оказывает АО «Калуга Астрал» по своей оферте, размещённой на сайте оператора: на каких условиях сервис будет работать без договора ИТС, спросите у партнёра до даты отключения.',
        sources: [sources.edoOperator],
      },
    },
    {
      id: 'situation-fresh-export',
      text: 'Выгрузите данные из 1С:Фреш и сохраните файл выгрузки у себя до окончания подписки',
      when: services('fresh'),
      due: { by: 'end', label: 'Выгрузить данные из 1С:Фреш' },
      guidance: {
        reason: 'Когда тариф заканчивается, доступ к базе в сервисе приостанавливается.',
        sources: [sources.freshAccess],
      },
    },
    {
      id: 'situation-industry-its',
      text: 'Уточните у партнёра, что будет с 1С:ИТС Отраслевой после окончания основного договора ИТС',
      when: services('industry'),
      guidance: {
        reason: '1С:ИТС Отраслевой дополняет услуги основного договора 1С:ИТС.',
        sources: [sources.industryIts],
      },
    },
    {
      id: 'situation-services-list',
      text: 'Составьте список сервисов 1С, подключённых по договору, и уточните у партнёра, какие из них отключатся в дату окончания ИТС',
      when: services('archive', 'link', 'counterparty', 'unknown'),
      guidance: {
        reason:
          'Сервисы 1С:ИТС — дополнительные возможности программ 1С по договору сопровождения; статья называет последствием отключения потерю доступа к облачным сервисам 1С.',
        sources: [sources.itsRules],
      },
    },
  ],
  notes: [
    {
      when: editions('basic'),
      reason:
        'Для программ с базовой лицензией проверка легальности обновлений не выполняется (руководство администратора 8.3.22).',
      sources: [sources.licenceCheck],
    },
  ],
};
