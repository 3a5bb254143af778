import type { Situation } from './types';

/**
 * The situation check: what ending ITS changes for this company. Not the article's text: each
 * step and note says why it is there and where that comes from (`sources.ts`).
 */
export const situation: Situation = {
  title: 'Что изменится для вашей компании',
  intro:
    'Три необязательных вопроса: по ответам к статье добавятся шаги для вашей программы и сервисов, каждый с причиной и источником.',
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
    note: 'Этих шагов нет в статье: их добавили ваши ответы в начале страницы. Пока ответы их добавляют, они входят в общий прогресс; отметки сохраняются, даже если ответ изменить.',
  },
  steps: [],
  notes: [],
};
