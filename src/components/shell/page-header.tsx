import type { Procedure } from '../../content/types';
import { LanguageSwitch } from './language-switch';

export type PageHeaderProps = {
  procedure: Procedure;
};

export function PageHeader({ procedure }: PageHeaderProps) {
  return (
    <header className="page page-header">
      <h1>{procedure.title}</h1>
      {procedure.intro.map((line) => (
        <p key={line} className="intro">
          {line}
        </p>
      ))}
      <p className="source">{procedure.source}</p>
      <LanguageSwitch />
    </header>
  );
}
