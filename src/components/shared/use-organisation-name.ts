import { organisationName } from '../../engine/organisations';
import { useProgressStore } from '../../store/progress-store';
import { useUi } from './language';

/** The open organisation's name: the one given it, else the letter's, else "Организация N". */
export function useOrganisationName(): string {
  const ui = useUi();
  return useProgressStore((state) =>
    organisationName(
      {
        id: state.organisation,
        number: state.organisations[state.organisation] ?? 1,
        given: state.names[state.organisation],
        fromLetter: state.letter.organisation,
      },
      ui.organisationDefault,
    ),
  );
}
