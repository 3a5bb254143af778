import { sources } from './sources';
import type { Source } from './types';

/** English titles for the same pages; the pages themselves are in Russian unless said. */
const titles: Record<keyof typeof sources, string> = {
  itsRules: 'Rules of service under a 1C:ITS contract (in Russian)',
  licenceCheck: '1C:Enterprise 8.3.22 Administrator Guide, § 10.5.1',
  basicUpdates: 'Updating basic editions of 1C programs (in Russian)',
  reportingInIts: 'Kaluga Astral: terms of 1C-Reporting under a 1C:ITS PROF contract (in Russian)',
  reportingTransfer: 'Moving filed reports into Kontur.Extern (in Russian)',
  edoTerms: 'New terms of use of 1C-EDO (in Russian)',
  freshAccess: 'Extending access to 1C:Fresh (in Russian)',
  freshExport: 'Backups in 1C: export files (in Russian)',
  industryIts: '1C:ITS Industry (in Russian)',
  civilCode1651:
    'Civil Code of Russia, art. 165.1, legally significant notices: the text (in Russian)',
  civilCode4501:
    'Civil Code of Russia, art. 450.1, withdrawal from a contract: the text with a commentary (in Russian)',
  civilCode782:
    'Refunds when a services contract ends (Civil Code, art. 782, para. 1) (in Russian)',
};

export const sourcesEn = Object.fromEntries(
  Object.entries(sources).map(([key, source]) => [
    key,
    { ...source, title: titles[key as keyof typeof sources] },
  ]),
) as Record<keyof typeof sources, Source>;
