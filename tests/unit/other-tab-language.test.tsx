import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { itsTermination as russian } from '../../src/content/article/its-termination';
import { itsTermination as english } from '../../src/content/article/its-termination-en';
import { documents as documentsEn } from '../../src/content/documents/documents-en';
import { createProgressStore, STORAGE_KEY } from '../../src/store/progress-store';

// A file of its own: the English pack must not have been loaded by another test.
describe('a language chosen in another tab', () => {
  it('is loaded here, and the page never shows one language under the other’s name', async () => {
    render(<App />);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(russian.title);

    const otherTab = createProgressStore(() => window.localStorage);
    otherTab.getState().setLanguage('en');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    // Until English has arrived the page stays Russian, and says so.
    if (heading.textContent === russian.title) expect(document.documentElement.lang).toBe('ru');

    expect(
      await screen.findByRole('heading', { level: 1, name: english.title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('en');
    });
    // The documents part follows the same language.
    expect((await screen.findByText(documentsEn.letterTitle)).tagName).toBe('H2');
  });
});
