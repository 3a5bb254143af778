import type { Situation } from './types';

/** The situation check in English, with the same ids, answers and sources as the Russian. */
export const situation: Situation = {
  title: 'What changes for your company',
  intro:
    'Three optional questions: your answers add steps for your program and services to the article’s, each with its reason and source.',
  questions: [
    {
      id: 'edition',
      legend: 'Which edition is the program?',
      multiple: false,
      options: [
        { id: 'basic', label: 'Базовая (Basic)' },
        { id: 'prof', label: 'ПРОФ (PROF)' },
        { id: 'corp', label: 'КОРП (CORP)' },
      ],
    },
    {
      id: 'tariff',
      legend: 'Which ITS tariff?',
      multiple: false,
      inLetter: 'tariff',
      options: [
        { id: 'prof', label: 'ИТС ПРОФ (ITS PROF)' },
        { id: 'techno', label: 'ИТС ТЕХНО (ITS TECHNO)' },
      ],
    },
    {
      id: 'services',
      legend: 'Which 1C services does the company use?',
      multiple: true,
      inLetter: 'services',
      options: [
        { id: 'reporting', label: '1С-Отчётность (reporting)' },
        { id: 'edo', label: '1С-ЭДО (e-documents)' },
        { id: 'fresh', label: '1С:Фреш (cloud)' },
        { id: 'archive', label: '1С:Облачный архив (cloud backup)' },
        { id: 'link', label: '1С:Линк (remote access)' },
        { id: 'counterparty', label: '1С:Контрагент (counterparty checks)' },
        { id: 'industry', label: 'ИТС Отраслевой (industry ITS)' },
        { id: 'unknown', label: 'I don’t know', uncertain: true },
      ],
    },
  ],
  section: {
    id: 'situation',
    title: 'Steps for your situation',
    note: 'These steps are not in the article: your answers at the top of the page added them. While the answers add them they count in the overall progress; their ticks are kept even if you change an answer.',
  },
  steps: [],
  notes: [],
};
