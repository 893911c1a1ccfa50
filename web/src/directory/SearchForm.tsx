import { useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { Checkboxes } from '../ui/Checkboxes';
import type { FormProblems } from '../ui/form-problems';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import { SEARCH_FIELD_IDS as IDS, type SearchField, type SearchValues } from './search-params';
import { DAY_OPTIONS, DISTANCE_OPTIONS, FEATURE_OPTIONS, INTEREST_OPTIONS, PART_OPTIONS } from './words';

type SearchFormProps = {
  initial: SearchValues;
  /** Set when the postcode came from the person's own details. */
  ownPostcode: boolean;
  problems: FormProblems<SearchField>;
  searching: boolean;
  onSearch: (values: SearchValues) => void;
};

/** The search, one question a field, every one optional; it works without a map. */
export function SearchForm({ initial, ownPostcode, problems, searching, onSearch }: SearchFormProps) {
  const [values, setValues] = useState<SearchValues>(initial);
  const set = (field: keyof SearchValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(values);
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="Search for an activity">
      <TextField
        id={IDS.words}
        label="What are you looking for? (optional)"
        hint="For example, choir, knitting or walk"
        value={values.words}
        onChange={set('words')}
        error={problems.fields.words}
        type="search"
      />
      <TextField
        id={IDS.postcode}
        label="Postcode (optional)"
        hint={ownPostcode ? 'This is your postcode from your details. Change it to search somewhere else.' : 'We measure how far away activities are from here'}
        value={values.postcode}
        onChange={set('postcode')}
        error={problems.fields.postcode}
        autoComplete="postal-code"
        width="one-half"
      />
      <Select id={IDS.within} label="How far away" placeholder="Any distance" options={DISTANCE_OPTIONS} value={values.within} onChange={set('within')} />
      <Select id={IDS.day} label="Day" placeholder="Any day" options={DAY_OPTIONS} value={values.day} onChange={set('day')} />
      <Select id={IDS.part} label="Time of day" placeholder="Any time" options={PART_OPTIONS} value={values.part} onChange={set('part')} />
      <Select id={IDS.interest} label="Interest" placeholder="Any interest" options={INTEREST_OPTIONS} value={values.interest} onChange={set('interest')} />
      <Checkboxes
        name={IDS.features}
        legend="The place must have"
        legendSize="s"
        hint="Select all that you need"
        options={FEATURE_OPTIONS}
        values={values.features}
        onChange={(features) => setValues((v) => ({ ...v, features }))}
      />
      <Button pending={searching} pendingText="Searching…">
        Search
      </Button>
    </form>
  );
}
