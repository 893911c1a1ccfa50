import { useEffect, useState, type ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

type TextAreaProps = {
  id: string;
  /** A string, or a page heading when the box is the page's one question. */
  label: ReactNode;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  /** Shows how many characters are left (GOV.UK character count); typing past it is allowed and then flagged. */
  maxLength?: number;
  spellCheck?: boolean;
};

// Screen readers hear the count once typing pauses, not after every key.
const ANNOUNCE_AFTER_MS = 1000;

export function TextArea({ id, label, hint, error, value, onChange, rows = 5, maxLength, spellCheck = true }: TextAreaProps) {
  const remaining = maxLength === undefined ? undefined : maxLength - [...value].length;
  const countText = remaining === undefined ? '' : countMessage(remaining);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (remaining === undefined) return;
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [countText, remaining]);

  const ids = [describedBy(id, hint, error), remaining !== undefined ? `${id}-info` : null].filter(Boolean).join(' ');
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <textarea
        id={id}
        name={id}
        className={`textarea${error || (remaining ?? 0) < 0 ? ' textarea--error' : ''}`}
        rows={rows}
        value={value}
        spellCheck={spellCheck}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={ids || undefined}
        aria-invalid={error ? true : undefined}
      />
      {remaining !== undefined ? (
        <>
          <div id={`${id}-info`} className="visually-hidden">
            You can enter up to {maxLength} characters
          </div>
          <div className={`hint character-count${remaining < 0 ? ' character-count--over' : ''}`} aria-hidden="true">
            {countText}
          </div>
          <div className="visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      ) : null}
    </div>
  );
}

function countMessage(remaining: number): string {
  if (remaining >= 0) return `You have ${remaining} ${remaining === 1 ? 'character' : 'characters'} remaining`;
  const over = -remaining;
  return `You have ${over} ${over === 1 ? 'character' : 'characters'} too many`;
}
