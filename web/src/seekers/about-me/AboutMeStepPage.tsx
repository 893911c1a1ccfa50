import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { MySupportQuery } from '../operations';
import { LoadProblem, Loading } from '../page-states';
import { KeepingInTouchStep, WhereStep, YourVolunteerStep } from './MoreStepPages';
import { AccessNeedsStep, InterestsStep, WhatMattersStep, WhenFreeStep, type StepProps } from './StepPages';
import { isAboutMeStep, type AboutMeStep } from './steps';
import '../seekers.css';

const PAGES: Record<AboutMeStep, (props: StepProps) => React.JSX.Element> = {
  'what-matters': WhatMattersStep,
  interests: InterestsStep,
  'access-needs': AccessNeedsStep,
  'keeping-in-touch': KeepingInTouchStep,
  'when-free': WhenFreeStep,
  where: WhereStep,
  'your-volunteer': YourVolunteerStep,
};

/** One "about me" question, named in the address: /my-support/about-me/interests. */
export function AboutMeStepPage() {
  const { step } = useParams();
  const { data, error, loading } = useQuery(MySupportQuery, { fetchPolicy: 'cache-and-network' });
  if (!isAboutMeStep(step)) return <NotFoundPage />;
  if (data) {
    const Page = PAGES[step];
    // Keyed by step, so each question starts from the saved answers.
    return <Page key={step} support={data.mySupport} />;
  }
  if (loading) return <Loading />;
  return <LoadProblem error={error} />;
}
