import { useProgressStore } from '../../store/progress-store';
import { lazyPart } from '../shared/lazy-part';

const Message = lazyPart(() =>
  import('./missing-organisation-message').then((module) => module.MissingOrganisationMessage),
);

/**
 * Says so when the page's address named an organisation this device does not have (removed,
 * or kept in another browser), and which one is open instead. Its wording loads when needed.
 */
export function MissingOrganisation() {
  const missing = useProgressStore((state) => state.missing);
  if (missing === null) return null;
  return <Message />;
}
