import type { Source } from '../../content/types';
import { useUi } from '../shared/language';

/**
 * "Источник: <title> (site)", each source a link named by its title and its site, opened in a
 * new tab, which the link's name says.
 */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const ui = useUi();
  return (
    <span className="source-links">
      {ui.sourceLabel(sources.length)}{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && ', '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title} ({siteOf(source.url)})
            <span className="visually-hidden"> {ui.newTab}</span>
          </a>
        </span>
      ))}
    </span>
  );
}

/** The site a page is on, as people read it: "consultant.ru". */
export const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
