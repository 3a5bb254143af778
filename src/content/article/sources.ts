import type { Source } from '../types';

/** The days the pages below were read for this content. */
const firstRead = '2026-11-29';
const reread = '2026-12-07';

/**
 * The public pages the added steps, cautions, the letter's wording and the timeline come from,
 * each read on the day given. Where no official text of a law was to be had, the page is a
 * faithful copy of it, and its title says so. Titles say what each page is, in Russian;
 * `sources-en.ts` gives them in English.
 */
export const sources = {
  itsRules: {
    url: 'https://kv-plata.ru/services/regulations',
    title: 'Регламент поддержки пользователей по договору 1С:ИТС (партнёр 1С)',
    read: firstRead,
  },
  licenceCheck: {
    url: 'https://kb.1ci.com/1C_Enterprise_Platform/Guides/Administrator_Guides/1C_Enterprise_8.3.22_Administrator_Guide/Chapter_10._Protection_against_unauthorized_use__features_and_settings/10.5._Protection_against_misuse_of_applications/10.5.1._General_information/?language=en',
    title: '1C:Enterprise 8.3.22, руководство администратора, § 10.5.1 (на английском)',
    read: reread,
  },
  reportingInIts: {
    url: 'https://blankidoc.ru/blank_otchet/9014/index.html',
    title:
      'Калуга Астрал: условия использования 1С-Отчётности в рамках договора 1С:ИТС ПРОФ (копия документа 2014 года)',
    read: firstRead,
  },
  reportingTransfer: {
    url: 'https://support.kontur.ru/extern/43787-samostoyatelnyj_perenos_otchetnosti_v_ekstern',
    title: 'Контур: самостоятельный перенос отчётности в Экстерн',
    read: firstRead,
  },
  edoOperator: {
    url: 'https://8vs.ru/rukovodstvo/19/chto-takoe-sostojanie-jedo-v-1s',
    title: 'Что такое 1С-ЭДО: оператор и оферта (руководство партнёра 1С)',
    read: reread,
  },
  freshAccess: {
    url: 'https://rsoft-1c.ru/kak-prodlit-dostup-k-servisu-1s-fresh-bez-oplaty/',
    title: 'Как продлить доступ к сервису 1С:Фреш (партнёр 1С)',
    read: reread,
  },
  industryIts: {
    url: 'http://san.city/addons/itsoraslevoi',
    title: '1С:ИТС Отраслевой (партнёр 1С)',
    read: firstRead,
  },
  civilCode1651: {
    url: 'http://www.garant.ru/consult/civil_law/1690434/',
    title:
      'ГАРАНТ: когда почтовое отправление считается доставленным и когда полученным (ст. 165.1 ГК РФ)',
    read: reread,
  },
  returnedLetter: {
    url: 'https://www.consultant.ru/law/podborki/srok_polucheniya_pochtovogo_otpravleniya/',
    title:
      'КонсультантПлюс: срок получения почтового отправления (позиции высших судов к ст. 165.1 ГК РФ)',
    read: reread,
  },
  civilCode4501: {
    url: 'https://auturs.ru/sale/st-450-1-gk-rf-v-staroi-redakcii-otkaz-ot-dogovora-odnostoronnee-izmenenii-ego.html',
    title: 'ГК РФ, статья 450.1. Отказ от договора (копия текста КонсультантПлюс)',
    read: reread,
  },
  civilCode452: {
    url: 'http://subschet.ru/SUBSCHET.NSF/docs/DBF4EB6D5DA466C1C32572D9004805EC-452.html',
    title: 'ГК РФ, статья 452. Порядок изменения и расторжения договора (портал «Субсчет.РУ»)',
    read: reread,
  },
  refusalOfServices: {
    url: 'https://www.glavkniga.ru/elver/2022/19/6127',
    title:
      '«Главная книга»: отказ от услуг после заключения договора — общие правила (ст. 782 ГК РФ)',
    read: reread,
  },
  postStorage: {
    url: 'http://procrf.ru/news/515102-o-poryadke-polucheniya-grajdanami-zakaznoy-korrespondentsii.html',
    title:
      'О порядке получения заказной корреспонденции: срок хранения на почте (разъяснение прокуратуры, 2017)',
    read: reread,
  },
  postDeliveryTimes: {
    url: 'https://www.consultant.ru/document/cons_doc_LAW_520477/c94830420a004e848bda35067553db5a982de172',
    title:
      'КонсультантПлюс: приказ Минцифры России от 18.11.2025 № 1037 — изменения в контрольные сроки пересылки письменной корреспонденции (приказ № 400)',
    read: reread,
  },
  electronicSignature: {
    url: 'http://www.consultant.ru/document/cons_doc_LAW_112701/1d9a7d8c65fe414edd67ecae8acfa41bdbe52ba1/',
    title: 'КонсультантПлюс: Федеральный закон «Об электронной подписи», статья 6',
    read: reread,
  },
} satisfies Record<string, Source>;

/** What the letter's wording and the timeline's rules rest on, in the order the page lists them. */
export const DOCUMENT_SOURCES = [
  'civilCode4501',
  'civilCode452',
  'civilCode1651',
  'returnedLetter',
  'postStorage',
  'postDeliveryTimes',
  'electronicSignature',
] as const satisfies readonly (keyof typeof sources)[];
