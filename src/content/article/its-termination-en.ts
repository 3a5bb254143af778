import { situation } from '../situation/situation-en';
import type { Procedure } from '../types';
import { DOCUMENT_SOURCES } from './sources';
import { sourcesEn as sources } from './sources-en';

/** The same procedure in English, with the same ids, so progress is shared between languages. */
export const itsTermination: Procedure = {
  id: 'its-termination',
  title: 'How to end 1C support (ITS)',
  intro: [
    'Ending a 1C support contract takes a certain sequence of steps.',
    'Here is the right order for switching off the ITS service.',
  ],
  source: 'based on the article of 28 June 2025',
  reference:
    'The article «Как отключить сопровождение 1С» (How to end 1C support) of 28 June 2025: every item of the checklist and the recommendation',
  sections: [
    {
      kind: 'list',
      id: 'preparation',
      title: 'Preparing to end support',
      ordered: false,
      items: [
        { id: 'prep-contract-terms', text: 'Check the terms of the current contract' },
        { id: 'prep-no-debt', text: 'Make sure there is no outstanding debt' },
        { id: 'prep-backups', text: 'Back up the databases' },
        { id: 'prep-documents', text: 'Prepare the termination documents' },
      ],
    },
    {
      kind: 'choice',
      id: 'methods',
      title: 'Ways to end ITS',
      gate: { requires: 'preparation', lockedTitle: 'The comparison opens after preparation' },
      prompt: 'Choose how to end it',
      note: 'Switching method does not clear ticks: the steps of both methods are kept.',
      options: [
        {
          id: 'partner',
          label: 'Through a 1C partner',
          summary:
            'Through your servicing partner: 4 steps, with a written application and an act.',
          ordered: true,
          items: [
            {
              id: 'partner-application',
              text: 'Send a written application',
              due: { by: 'notice', label: 'Send the notice to the partner' },
              link: { href: '#letter', text: 'Write the letter' },
            },
            {
              id: 'partner-reasons',
              text: 'State the reasons for termination',
              link: { href: '#letter', text: 'Write the letter' },
            },
            { id: 'partner-act', text: 'Get the certificate of completed work' },
            { id: 'partner-sign', text: 'Sign the termination documents' },
          ],
        },
        {
          id: 'self',
          label: 'By yourself',
          summary: 'On your own: 3 steps in your personal account and payments.',
          ordered: false,
          items: [
            {
              id: 'self-auto-renewal',
              text: 'Turn off automatic renewal in your personal account',
            },
            {
              id: 'self-payments',
              text: 'Stop payments under the contract',
              caution: {
                reason:
                  'Stop paying no earlier than the partner receives the notice of withdrawal: until then the contract stands (Civil Code, art. 450.1), and services already rendered and the partner’s actual costs are paid for even after withdrawal (art. 782).',
                sources: [sources.civilCode4501, sources.refusalOfServices],
              },
            },
            {
              id: 'self-services',
              text: 'Remove the connection to ITS services',
              caution: {
                reason:
                  'Switch the services off, but do not delete the company’s account on the 1C:ITS Portal: the update legality check uses the program’s and the support contract’s registration data on the portal.',
                sources: [sources.licenceCheck],
              },
            },
          ],
        },
      ],
    },
    {
      kind: 'list',
      id: 'important',
      title: 'Important points when ending support',
      ordered: true,
      items: [
        {
          id: 'important-period-end',
          text: 'The disconnection date must match the end of the billing period',
        },
        {
          id: 'important-programs-work',
          text: 'The programs will keep working, but without updates',
        },
        { id: 'important-materials', text: 'Access to the methodological materials will end' },
        { id: 'important-support', text: 'Technical support will stop providing services' },
      ],
    },
    {
      kind: 'list',
      id: 'consequences',
      title: 'Consequences of ending support',
      ordered: false,
      items: [
        { id: 'cons-no-updates', text: 'Automatic updates stop' },
        { id: 'cons-no-support', text: 'No technical support' },
        { id: 'cons-no-forms', text: 'Current reporting forms can no longer be obtained' },
        { id: 'cons-no-cloud', text: 'Loss of access to 1C cloud services' },
        { id: 'cons-less-security', text: 'A lower level of data protection' },
      ],
    },
  ],
  situation,
  documentSources: DOCUMENT_SOURCES.map((key) => sources[key]),
  conclusion:
    'Before ending 1C support, it is advisable to assess the possible risks and plan alternative ways to keep the system running.',
};
