import type { Source } from '../../content/types';
import { useUi } from '../shared/language';

/** "Источник: ГК РФ, ст. 782", each source a link named by its title, opened in a new tab. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const ui = useUi();
  return (
    <span className="source-links">
      {ui.sourceLabel(sources.length)}{' '}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && ', '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        </span>
      ))}
    </span>
  );
}
