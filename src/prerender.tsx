import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app';

/**
 * The page as a first-time visitor sees it, rendered at build time into index.html so it
 * paints before any script runs. The browser then hydrates this same markup.
 */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
