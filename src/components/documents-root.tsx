import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useProgressStore } from '../store/progress-store';
import { Documents } from './documents';
import { packFor } from './language';

let mounted = false;

/**
 * Draws the documents part into its placeholder, as a root of its own: it loads after the
 * checklist has started, and the prerendered page and its hydration never include it.
 */
export function mountDocuments(container = document.getElementById('documents')): void {
  if (mounted || !container) return;
  mounted = true;
  createRoot(container).render(
    <StrictMode>
      <DocumentsInLanguage />
    </StrictMode>,
  );
}

function DocumentsInLanguage() {
  const language = useProgressStore((state) => state.language);
  return <Documents procedure={packFor(language).procedure} />;
}
