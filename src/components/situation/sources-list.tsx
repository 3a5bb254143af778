import type { Procedure } from '../../content/types';
import { formatDate } from '../../engine/dates';
import { procedureSources } from '../../engine/situation';
import { useUi } from '../shared/language';
import { siteOf } from '../shared/source-links';

export type SourcesListProps = {
  procedure: Procedure;
  /** The legal acts the production calendar follows, as plain text. */
  calendar?: readonly string[];
};

/** "Источники" at the foot of the page: the article, and every source the added steps cite. */
export function SourcesList({ procedure, calendar = [] }: SourcesListProps) {
  const ui = useUi();
  const sources = procedureSources(procedure);
  return (
    <section className="page sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="sources-title">
        {ui.sourcesTitle}
      </h2>
      <ol className="sources-list">
        <li>{procedure.reference}</li>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> {ui.newTab}</span>
            </a>{' '}
            <span className="source-meta">
              ({siteOf(source.url)}, {ui.sourceRead(formatDate(source.read))})
            </span>
          </li>
        ))}
        {calendar.map((text) => (
          <li key={text}>{ui.sourceCalendar(text)}</li>
        ))}
      </ol>
    </section>
  );
}
