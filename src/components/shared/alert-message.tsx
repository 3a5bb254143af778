import type { ReactNode } from 'react';
import { Icon } from './icon';

export type AlertMessageProps = {
  title: string;
  text: string;
  children?: ReactNode;
};

/** A problem the person should know about: an icon, a heading line, what to do, and actions. */
export function AlertMessage({ title, text, children }: AlertMessageProps) {
  return (
    <div role="alert" className="alert">
      <Icon name="warning" />
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        <p>{text}</p>
        {children && <div className="alert-actions">{children}</div>}
      </div>
    </div>
  );
}
