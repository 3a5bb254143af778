import type { Source } from '../types';
import { sources } from './sources';

/** English titles for the same pages; the pages themselves are in Russian unless said. */
const titles: Record<keyof typeof sources, string> = {
  itsRules: 'Rules of user support under a 1C:ITS contract, a 1C partner (in Russian)',
  licenceCheck: '1C:Enterprise 8.3.22 Administrator Guide, § 10.5.1',
  reportingInIts:
    'Kaluga Astral: terms of 1C-Reporting under a 1C:ITS PROF contract, a copy of the 2014 document (in Russian)',
  reportingTransfer: 'Kontur: moving filed reports into Kontur.Extern (in Russian)',
  edoOperator: 'What 1C-EDO is: the operator and its offer, a 1C partner’s guide (in Russian)',
  freshAccess: 'Extending access to 1C:Fresh, a 1C partner (in Russian)',
  industryIts: '1C:ITS Industry, a 1C partner (in Russian)',
  civilCode1651:
    'GARANT: when a letter counts as delivered and when as received (Civil Code, art. 165.1) (in Russian)',
  returnedLetter:
    'ConsultantPlus: when a letter counts as received, positions of the higher courts on art. 165.1 (in Russian)',
  civilCode4501:
    'Civil Code of Russia, art. 450.1, withdrawal from a contract: a copy of the ConsultantPlus text (in Russian)',
  civilCode452:
    'Civil Code of Russia, art. 452, how a contract is changed or ended (Subschet.ru) (in Russian)',
  refusalOfServices:
    'Glavnaya Kniga: withdrawing from services after the contract is made (Civil Code, art. 782) (in Russian)',
  postStorage:
    'How registered mail is received: the storage period at the post office, a prosecutor’s explanation of 2017 (in Russian)',
  postDeliveryTimes:
    'ConsultantPlus: order of the Ministry of Digital Development of 18.11.2025 No. 1037 amending the control times for letters (order No. 400) (in Russian)',
  electronicSignature: 'ConsultantPlus: Federal Law on Electronic Signatures, art. 6 (in Russian)',
};

export const sourcesEn = Object.fromEntries(
  Object.entries(sources).map(([key, source]) => [
    key,
    { ...source, title: titles[key as keyof typeof sources] },
  ]),
) as Record<keyof typeof sources, Source>;
