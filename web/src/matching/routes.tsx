import { Route } from 'react-router';
import { AttendancePage } from './match/AttendancePage';
import { EndMatchPage } from './match/EndMatchPage';
import { LogContactPage } from './match/LogContactPage';
import { MatchPage } from './match/MatchPage';
import { MeetingPointPage } from './match/MeetingPointPage';
import { MyMatchesPage } from './match/MyMatchesPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { OffersPage } from './offers/OffersPage';
import { RespondPage } from './offers/RespondPage';
import { ReviewPage } from './staff/ReviewPage';
import { ReviewsDuePage } from './staff/ReviewsDuePage';
import { SchemeMatchesPage } from './staff/SchemeMatchesPage';
import { NotSuitablePage } from './suggestions/NotSuitablePage';
import { OfferMatchPage } from './suggestions/OfferMatchPage';
import { SuggestionsPage } from './suggestions/SuggestionsPage';

const SUGGESTIONS = 'seekers/:seekerId/requests/:requestId/suggestions';

/** Matching and the match lifecycle, for link workers, volunteers and people with company. Called inside the layout route. */
export function matchingRoutes() {
  return (
    <>
      <Route path={SUGGESTIONS} element={<SuggestionsPage />} />
      <Route path={`${SUGGESTIONS}/:volunteerId/offer`} element={<OfferMatchPage />} />
      <Route path={`${SUGGESTIONS}/:volunteerId/not-suitable`} element={<NotSuitablePage />} />
      <Route path="scheme-matches" element={<SchemeMatchesPage />} />
      <Route path="scheme-matches/:schemeId" element={<SchemeMatchesPage />} />
      <Route path="reviews-due" element={<ReviewsDuePage />} />
      <Route path="reviews-due/:schemeId" element={<ReviewsDuePage />} />
      <Route path="offers" element={<OffersPage side="volunteer" />} />
      <Route path="offers/:matchId" element={<RespondPage side="volunteer" />} />
      <Route path="someone-to-meet" element={<OffersPage side="person" />} />
      <Route path="someone-to-meet/:matchId" element={<RespondPage side="person" />} />
      <Route path="matches" element={<MyMatchesPage />} />
      <Route path="matches/:matchId" element={<MatchPage />} />
      <Route path="matches/:matchId/log" element={<LogContactPage />} />
      <Route path="matches/:matchId/end" element={<EndMatchPage />} />
      <Route path="matches/:matchId/meeting-point" element={<MeetingPointPage />} />
      <Route path="matches/:matchId/attendance" element={<AttendancePage />} />
      <Route path="matches/:matchId/review" element={<ReviewPage />} />
      <Route path="notifications" element={<NotificationsPage />} />
    </>
  );
}
