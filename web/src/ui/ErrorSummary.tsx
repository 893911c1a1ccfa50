import { useEffect, useRef, type MouseEvent } from 'react';
import type { FormProblems } from './form-problems';

type ErrorSummaryProps<Field extends string> = {
  problems: FormProblems<Field>;
  /** Fields in the order they appear on the page, with the id of the control each links to. */
  fieldIds: Record<Field, string>;
};

/**
 * Lists every problem at the top of the form (GOV.UK error summary) and takes focus each time the
 * form is submitted with problems, so that screen reader and keyboard users hear and reach them.
 */
export function ErrorSummary<Field extends string>({ problems, fieldIds }: ErrorSummaryProps<Field>) {
  const summary = useRef<HTMLDivElement>(null);
  const fieldItems = (Object.keys(fieldIds) as Field[])
    .filter((field) => problems.fields[field])
    .map((field) => ({ id: fieldIds[field], message: problems.fields[field] as string }));
  const shown = problems.general.length > 0 || fieldItems.length > 0;

  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [problems, shown]);

  if (!shown) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1}>
      <div role="alert">
        <h2 className="error-summary__title">
          There is a problem
        </h2>
        <ul className="error-summary__list">
          {problems.general.map((message) => (
            <li key={message}>{message}</li>
          ))}
          {fieldItems.map(({ id, message }) => (
            <li key={id}>
              <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

// Following the link natively would change the address and count as a navigation; instead move
// focus to the control and bring its label or legend into view above it.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  const caption = control.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${id}"]`);
  (caption ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}
