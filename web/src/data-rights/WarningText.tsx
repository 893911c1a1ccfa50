import type { ReactNode } from 'react';

/** Something a person must know before going on (GOV.UK warning text). */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p>
        <span className="visually-hidden">Warning: </span>
        {children}
      </p>
    </div>
  );
}
