import type { Source } from './types';

/** The day the pages below were read for this content. */
const read = '2026-11-29';

/**
 * The public pages the situation check's steps and notes come from, each read on the day given.
 * Titles say what each page is, in Russian; `sources-en.ts` gives them in English.
 */
export const sources = {
  itsRules: {
    url: 'https://kv-plata.ru/services/regulations',
    title: 'Правила обслуживания по договору 1С:ИТС',
    read,
  },
  licenceCheck: {
    url: 'https://kb.1ci.com/1C_Enterprise_Platform/Guides/Administrator_Guides/1C_Enterprise_8.3.22_Administrator_Guide/Chapter_10._Protection_against_unauthorized_use__features_and_settings/10.5._Protection_against_misuse_of_applications/10.5.1._General_information/?language=en',
    title: '1C:Enterprise 8.3.22, руководство администратора, § 10.5.1 (на английском)',
    read,
  },
  basicUpdates: {
    url: 'http://ocvita.ru/content/view/55/38',
    title: 'Обновление базовых версий программ 1С',
    read,
  },
  reportingInIts: {
    url: 'https://blankidoc.ru/blank_otchet/9014/index.html',
    title: 'Калуга Астрал: условия использования 1С-Отчетности в рамках договора 1С:ИТС ПРОФ',
    read,
  },
  reportingTransfer: {
    url: 'https://support.kontur.ru/extern/43787-samostoyatelnyj_perenos_otchetnosti_v_ekstern',
    title: 'Самостоятельный перенос отчётности в Экстерн',
    read,
  },
  edoTerms: {
    url: 'https://vdgb.ru/blog/novye-usloviya-ispolzovaniya-1s-edo-',
    title: 'Новые условия использования 1С-ЭДО',
    read,
  },
  freshAccess: {
    url: 'https://rsoft-1c.ru/kak-prodlit-dostup-k-servisu-1s-fresh-bez-oplaty/',
    title: 'Как продлить доступ к сервису 1С:Фреш',
    read,
  },
  freshExport: {
    url: 'https://1c-o.ru/blog/articles/rezervnoe-kopirovanie-v-1s',
    title: 'Резервное копирование в 1С: файлы выгрузки',
    read,
  },
  industryIts: {
    url: 'http://san.city/addons/itsoraslevoi',
    title: '1С:ИТС Отраслевой',
    read,
  },
  civilCode1651: {
    url: 'https://advokatsuhovoleg.ru/catalog/statya-165-1-yuridicheski-znachimye-soobshheniya/',
    title: 'ГК РФ, статья 165.1. Юридически значимые сообщения: текст статьи',
    read,
  },
  civilCode4501: {
    url: 'http://lotmedica.ru/statya-450-1-otkaz-ot-dogovora-odnostoronnee-izmenenii-ego-uslovii-i-otkaz-ot.html',
    title: 'ГК РФ, статья 450.1. Отказ от договора: текст статьи с комментарием',
    read,
  },
  civilCode782: {
    url: 'https://pravanet.ru/vozvrat-denezhnyh-sredstv-pri-rastorzhenii-dogovora-okazaniya-uslug.html',
    title: 'Возврат денег при расторжении договора оказания услуг (п. 1 ст. 782 ГК РФ)',
    read,
  },
} satisfies Record<string, Source>;
