import { sourcesEn as sources } from '../article/sources-en';
import type { Answer, Situation } from '../types';

const editions = (...options: string[]): Answer[] =>
  options.map((option) => ({ question: 'edition', option }));
const services = (...options: string[]): Answer[] =>
  options.map((option) => ({ question: 'services', option }));

/** The situation check in English, with the same ids, answers and sources as the Russian. */
export const situation: Situation = {
  title: 'What changes for your company',
  intro:
    'Three optional questions. Answer at least one and the article gains steps about notifying the partner and paying, and steps for your program and services, each with its reason and source.',
  questions: [
    {
      id: 'edition',
      legend: 'Which edition is the program?',
      multiple: false,
      options: [
        { id: 'basic', label: 'Basic' },
        { id: 'prof', label: 'PROF' },
        { id: 'corp', label: 'CORP' },
      ],
    },
    {
      id: 'tariff',
      legend: 'Which ITS tariff?',
      multiple: false,
      inLetter: 'tariff',
      options: [
        { id: 'prof', label: 'ITS PROF' },
        { id: 'techno', label: 'ITS TECHNO' },
      ],
    },
    {
      id: 'services',
      legend: 'Which 1C services does the company use?',
      multiple: true,
      inLetter: 'services',
      options: [
        { id: 'reporting', label: '1C-Reporting' },
        { id: 'edo', label: '1C-EDO (e-documents)' },
        { id: 'fresh', label: '1C:Fresh' },
        { id: 'archive', label: '1C:Cloud Archive' },
        { id: 'link', label: '1C:Link' },
        { id: 'counterparty', label: '1C:Counterparty' },
        { id: 'industry', label: 'ITS Industry' },
        { id: 'unknown', label: 'I don’t know', uncertain: true },
      ],
    },
  ],
  section: {
    id: 'situation',
    title: 'Steps for your situation',
    note: 'These steps are not in the article: your answers at the top of the page added them. They count in the progress while they fit your answers; their ticks are kept even if you change an answer.',
  },
  steps: [
    {
      id: 'situation-notice-received',
      text: 'Find the notice period and method in the contract and send the letter so that the partner receives it in time; keep the proof of delivery',
      when: [],
      due: { by: 'notice', label: 'Send the notice to the partner' },
      guidance: {
        reason:
          'A contract ends when the notice of withdrawal is received, unless the law or the contract says otherwise (Civil Code, art. 450.1); a notice takes effect once delivered, and the sender has to prove it was sent and delivered (art. 165.1).',
        sources: [sources.civilCode4501, sources.civilCode1651],
      },
    },
    {
      id: 'situation-pay-rendered',
      text: 'Expect to pay for services already rendered and the partner’s actual costs; the partner returns the unearned prepayment less those costs — check the contract',
      when: [],
      guidance: {
        reason:
          'A customer may withdraw from a services contract by paying the provider’s actual costs (Civil Code, art. 782, para. 1); an unearned advance is returned to the customer less those costs.',
        sources: [sources.refusalOfServices],
      },
    },
    {
      id: 'situation-last-release',
      text: 'Before ITS ends, download and install the latest releases of the configuration and the platform',
      when: editions('prof', 'corp'),
      due: { by: 'end', label: 'Install the latest releases' },
      guidance: {
        reason:
          'The program keeps working, but without an ITS contract only releases issued before it ended may be installed: the update legality check (8.3.22 administrator guide) counts a release issued after the support period as misuse, and the program periodically says so.',
        sources: [sources.licenceCheck],
      },
    },
    {
      id: 'situation-admin-account',
      text: 'For the IT admin: keep the company’s account on the 1C:ITS Portal (portal.1c.ru), the programs’ registration numbers and the installers of the installed releases',
      when: editions('prof', 'corp'),
      guidance: {
        reason:
          'The update legality check uses the account data created when the program and the support contract were registered on the 1C:ITS Portal.',
        sources: [sources.licenceCheck],
      },
    },
    {
      id: 'situation-reporting-channel',
      text: 'Connect another way of filing reports, send the reports due soon while your 1C-Reporting licence lasts (ask your partner for its date), and move the archive of filed reports',
      when: services('reporting'),
      due: { by: 'end', label: 'File reports through 1C-Reporting' },
      guidance: {
        reason:
          '1C-Reporting is provided under the 1C:ITS PROF contract: ask your partner until when your licence runs. The archive of filed reports can be moved to another filing system.',
        sources: [sources.reportingInIts, sources.reportingTransfer],
      },
    },
    {
      id: 'situation-edo-documents',
      text: 'Keep a copy of your 1C-EDO documents and ask your partner on what terms 1C-EDO works after ITS ends',
      when: services('edo'),
      guidance: {
        reason:
          'The e-document operator’s services in 1C-EDO are provided by Kaluga Astral under its own offer, published on the operator’s site: ask your partner before the disconnection date on what terms the service works without an ITS contract.',
        sources: [sources.edoOperator],
      },
    },
    {
      id: 'situation-fresh-export',
      text: 'Export your data from 1C:Fresh and keep the export file before the subscription ends',
      when: services('fresh'),
      due: { by: 'end', label: 'Export the data from 1C:Fresh' },
      guidance: {
        reason: 'When the tariff ends, access to the base in the service is suspended.',
        sources: [sources.freshAccess],
      },
    },
    {
      id: 'situation-industry-its',
      text: 'Ask your partner what happens to 1C:ITS Industry after the main ITS contract ends',
      when: services('industry'),
      guidance: {
        reason: '1C:ITS Industry adds to the services of the main 1C:ITS contract.',
        sources: [sources.industryIts],
      },
    },
    {
      id: 'situation-services-list',
      text: 'List the 1C services connected under the contract and ask your partner which of them stop on the ITS end date',
      when: services('archive', 'link', 'counterparty', 'unknown'),
      guidance: {
        reason:
          '1C:ITS services are extra features of 1C programs under the support contract; the article names losing access to 1C cloud services as a consequence.',
        sources: [sources.itsRules],
      },
    },
  ],
  notes: [
    {
      when: editions('basic'),
      reason:
        'For programs with a basic licence no update legality check is made (8.3.22 administrator guide).',
      sources: [sources.licenceCheck],
    },
  ],
};
