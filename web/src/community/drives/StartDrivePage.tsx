import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { Checkboxes } from '../../ui/Checkboxes';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { doneState } from '../../ui/page-states';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { CommunityPage, communityPath, GROWTH_ROLES, type CommunityScheme } from '../ui';
import {
  areaList,
  BAND_OPTIONS,
  CONTACT_OPTIONS,
  DRIVE_FIELD_IDS as IDS,
  MESSAGE_MAX,
  SKILL_OPTIONS,
  valuesFromParams,
  type DriveField,
  type DriveValues,
} from './drive-form';
import { RecruitmentDrivesQuery, StartRecruitmentDriveMutation } from './operations';
import './drives.css';

const TITLE = 'Start a recruitment drive';

export function StartDrivePage() {
  return (
    <CommunityPage title={TITLE} roles={GROWTH_ROLES}>
      {({ scheme, schemePicker }) => <StartDriveForm scheme={scheme} schemePicker={schemePicker} />}
    </CommunityPage>
  );
}

function StartDriveForm({ scheme, schemePicker }: { scheme: CommunityScheme; schemePicker: React.ReactNode }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [values, setValues] = useState<DriveValues>(() => valuesFromParams(params));
  const [problems, setProblems] = useState<FormProblems<DriveField>>(NO_PROBLEMS);
  const [start, { loading }] = useMutation(StartRecruitmentDriveMutation, { refetchQueries: [RecruitmentDrivesQuery] });
  const set = <F extends DriveField>(field: F) => (value: DriveValues[F]) => setValues((current) => ({ ...current, [field]: value }));
  const suggestion = params.get('suggestion');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    try {
      const input = {
        schemeId: scheme.id,
        title: values.title,
        message: values.message,
        areas: areaList(values.areas),
        skills: values.skills,
        bands: values.bands,
        contactModes: values.contactModes,
        fromSuggestion: suggestion,
      };
      const result = await start({ variables: { input } });
      const drive = result.data?.startRecruitmentDrive;
      if (drive) {
        await navigate(communityPath(`/community/drives/${drive.id}`, scheme.id), {
          state: doneState('Your drive has started. Copy its link below and share it.'),
        });
      }
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as DriveField[]));
    }
  }

  return (
    <>
      <BackLink to={communityPath('/community/drives', scheme.id)}>Recruitment drives</BackLink>
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="drive-scheme">{scheme.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>{TITLE}</PageHeading>
      {schemePicker}
      <p>
        A drive gives you a public link to share: in a newsletter, on social media, on a poster. Anyone who signs up to
        volunteer through it is counted as coming from this drive, so you can see how far they get.
      </p>
      {suggestion ? (
        <p className="inset-text">
          We have filled this in from a suggestion on <Link to={communityPath('/community/what-would-help', scheme.id)}>what would help most</Link>.
          Change anything you like.
        </p>
      ) : null}
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={IDS.title}
          label="Title"
          hint="People see this at the top of the sign-up page, like “Drivers for weekday evenings near LS6”."
          width="full"
          value={values.title}
          onChange={set('title')}
          error={problems.fields.title}
        />
        <TextArea
          id={IDS.message}
          label="Message"
          hint="In your own words, for the people you hope will volunteer. Do not name anyone who is waiting."
          rows={7}
          maxLength={MESSAGE_MAX}
          value={values.message}
          onChange={set('message')}
          error={problems.fields.message}
        />
        <TextField
          id={IDS.areas}
          label="Areas (optional)"
          hint="The first part of the postcode, like LS6. Separate several with commas. Leave it empty if it could be anywhere, for example by phone."
          spellCheck={false}
          autoCapitalize="characters"
          value={values.areas}
          onChange={set('areas')}
          error={problems.fields.areas}
        />
        <Checkboxes
          name={IDS.skills}
          legend="Skills you are looking for (optional)"
          legendSize="s"
          options={SKILL_OPTIONS}
          values={values.skills}
          onChange={(chosen) => set('skills')(chosen as DriveValues['skills'])}
          error={problems.fields.skills}
        />
        <Checkboxes
          name={IDS.bands}
          legend="Times they should be free (optional)"
          legendSize="s"
          options={BAND_OPTIONS}
          values={values.bands}
          onChange={(chosen) => set('bands')(chosen as DriveValues['bands'])}
          error={problems.fields.bands}
        />
        <Checkboxes
          name={IDS.contactModes}
          legend="Ways of keeping in touch (optional)"
          legendSize="s"
          options={CONTACT_OPTIONS}
          values={values.contactModes}
          onChange={(chosen) => set('contactModes')(chosen as DriveValues['contactModes'])}
          error={problems.fields.contactModes}
        />
        <Button pending={loading} pendingText="Starting the drive…">
          Start the drive
        </Button>
      </form>
    </>
  );
}
