import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';

export type SchemeChoice = { id: string; name: string; area: string };

type SchemeFieldProps = {
  id: string;
  schemes: readonly SchemeChoice[];
  value: string;
  onChange: (schemeId: string) => void;
  error?: string | undefined;
};

const LABEL = 'Your local scheme';
const HINT = 'Kindred is run by local schemes, such as a GP practice or a charity. Choose the one where you live.';
// Past this many, a list of radios gets too long to scan; GOV.UK suggests a select instead.
const MOST_RADIOS = 6;

/** Lets a person pick their scheme: plain text for one, radios for a few, a select for many. */
export function SchemeField({ id, schemes, value, onChange, error }: SchemeFieldProps) {
  const [only] = schemes;
  if (schemes.length === 1 && only) {
    return (
      <div className="form-group">
        <h2 className="heading-s">{LABEL}</h2>
        <p className="body" id={id}>
          {only.name}, {only.area}
        </p>
      </div>
    );
  }
  if (schemes.length <= MOST_RADIOS) {
    return (
      <RadioGroup
        name={id}
        legend={LABEL}
        hint={HINT}
        error={error}
        value={value}
        onChange={onChange}
        options={schemes.map((scheme) => ({ value: scheme.id, label: scheme.name, hint: scheme.area }))}
      />
    );
  }
  return (
    <Select
      id={id}
      label={LABEL}
      hint={HINT}
      error={error}
      placeholder="Choose a scheme"
      value={value}
      onChange={onChange}
      options={schemes.map((scheme) => ({ value: scheme.id, label: `${scheme.name} (${scheme.area})` }))}
    />
  );
}
