import { useQuery } from '@apollo/client/react';
import { SERVICE_PROBLEM } from '../../app/graphql-problems';
import { RadioGroup } from '../../ui/RadioGroup';
import { CompanionActivitiesQuery } from '../operations';

type SessionChoiceProps = { schemeId: string; value: string; onChange: (value: string) => void; error?: string | undefined };

/**
 * The sessions a companion can be asked for: the next sessions of the scheme's directory activities.
 * A choice is "activity id|session start", so one radio carries both.
 */
export function SessionChoice({ schemeId, value, onChange, error }: SessionChoiceProps) {
  const { data, error: loadError } = useQuery(CompanionActivitiesQuery, { variables: { schemeId } });
  if (!data) return <p role="status">{loadError ? SERVICE_PROBLEM : 'Loading activities…'}</p>;
  const options = data.activities.results.flatMap(({ activity }) =>
    activity.nextSessions.slice(0, 3).map((session) => ({
      value: `${activity.id}|${session.startsAt}`,
      label: `${activity.title}: ${session.summary}`,
      hint: `${activity.venue.name}, ${activity.venue.town}`,
    })),
  );
  if (options.length === 0) {
    return <p>There are no activities with sessions coming up in the directory yet. Your link worker can help you find one.</p>;
  }
  return (
    <RadioGroup
      name="session"
      legend="Which session would you like someone to go with you to?"
      hint="These are the next sessions of activities in your area."
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
