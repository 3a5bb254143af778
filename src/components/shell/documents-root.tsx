import { startTransition, StrictMode } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { useProgressStore } from '../../store/progress-store';
import { Documents } from '../documents/documents';
import { StorageAlert } from '../progress/storage-alert';
import { NOTICES_ID } from '../shared/dom-ids';
import { LanguageContext, packFor } from '../shared/language';

let mounted = false;

/**
 * Draws what the page needs once running but not for its first paint, as a root of its own:
 * the message about saved progress (into the notices under the header) and the documents
 * part (into its placeholder). The prerendered page and its hydration never include them.
 */
export function mountDocuments(container = document.getElementById('documents')): void {
  if (mounted || !container) return;
  mounted = true;
  const late = createRoot(container);
  // In short slices, like the start itself: the page stays responsive while this draws.
  startTransition(() => {
    late.render(
      <StrictMode>
        <LateParts notices={document.getElementById(NOTICES_ID)} />
      </StrictMode>,
    );
  });
}

function LateParts({ notices }: { notices: HTMLElement | null }) {
  const language = useProgressStore((state) => state.language);
  const pack = packFor(language);
  return (
    <LanguageContext value={pack}>
      {notices && createPortal(<StorageAlert />, notices)}
      <Documents procedure={pack.procedure} />
    </LanguageContext>
  );
}
