import type { ReactNode } from 'react';

export type AlertMessageProps = {
  title: string;
  text: string;
  children?: ReactNode;
};

/** A problem the person should know about: an icon, a heading line, what to do, and actions. */
export function AlertMessage({ title, text, children }: AlertMessageProps) {
  return (
    <div role="alert" className="alert">
      <WarningIcon />
      <div className="alert-body">
        <p className="alert-title">{title}</p>
        <p>{text}</p>
        {children && <div className="alert-actions">{children}</div>}
      </div>
    </div>
  );
}

function WarningIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M12 3.5 2.5 20h19L12 3.5Zm0 6v5m0 2.5v.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
