import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

type FileUploadProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** File types to offer first, such as ".json,application/json"; people can still choose another. */
  accept?: string;
  onChange: (file: File | null) => void;
};

/** GOV.UK file upload: a labelled native file input, which every browser and screen reader knows. */
export function FileUpload({ id, label, hint, error, accept, onChange }: FileUploadProps) {
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        type="file"
        className={`file-upload${error ? ' file-upload--error' : ''}`}
        accept={accept}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
