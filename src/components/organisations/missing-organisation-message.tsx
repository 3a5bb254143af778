import { useProgressStore } from '../../store/progress-store';
import { AlertMessage } from '../shared/alert-message';
import { useOrganisationName } from '../shared/use-organisation-name';
import { useOrganisationsText } from '../shared/use-organisations-text';

export function MissingOrganisationMessage() {
  const text = useOrganisationsText();
  const name = useOrganisationName();
  const dismiss = useProgressStore((state) => state.dismissMissing);
  return (
    <AlertMessage title={text.missingTitle} text={text.missingText(name)}>
      <button type="button" className="button button-quiet" onClick={dismiss}>
        {text.dismiss}
      </button>
    </AlertMessage>
  );
}
