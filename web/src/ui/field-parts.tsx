/** Pieces every form field shares: the hint, the inline error and the ids that link them. */

export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldHint({ id, hint }: { id: string; hint?: string | undefined }) {
  if (!hint) return null;
  return (
    <div id={`${id}-hint`} className="hint">
      {hint}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">Error:</span> {error}
    </p>
  );
}

export function groupClass(error?: string): string {
  return error ? 'form-group form-group--error' : 'form-group';
}
