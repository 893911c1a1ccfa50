import { useLocation } from 'react-router';
import { Notice } from '../ui/Notice';

/** Something that just happened, told to a person on the page they arrive at next. */
export type ArrivalNotice = 'signed-out' | 'sign-out-failed' | 'account-created';

const NOTICES: Record<ArrivalNotice, { tone: 'success' | 'important'; text: string }> = {
  'signed-out': { tone: 'success', text: 'You have signed out.' },
  'sign-out-failed': {
    tone: 'important',
    text: 'We could not sign you out. Check your internet connection, then try again.',
  },
  'account-created': { tone: 'success', text: 'Your account has been created.' },
};

export function arrivalState(notice: ArrivalNotice): { notice: ArrivalNotice } {
  return { notice };
}

function isArrivalNotice(value: unknown): value is ArrivalNotice {
  return typeof value === 'string' && value in NOTICES;
}

/** Shows the notice the previous page left in the navigation state, if any. */
export function ArrivalNoticeBanner() {
  const { state } = useLocation();
  const notice: unknown = state && typeof state === 'object' && 'notice' in state ? state.notice : undefined;
  if (!isArrivalNotice(notice)) return null;
  const { tone, text } = NOTICES[notice];
  return <Notice tone={tone}>{text}</Notice>;
}
