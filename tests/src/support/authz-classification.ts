/**
 * Who may call each root field of server/schema.graphql, written by hand so that it is a second
 * opinion on the @AllowRoles/@SignedIn/@Public declarations (authz-matrix.test.ts compares both and
 * calls every field as each member of the cast). A new root field fails that test until it is added here.
 *
 * PUBLIC: anyone. SIGNED_IN_OWN: anyone signed in (or holding `role`), acting on their own things.
 * STAFF_OF_SCHEME: the listed staff roles, within their own scheme. ADMIN: admins only.
 * onlyAsNobody: the field acts on the caller's own session (or a token), so the matrix calls it only
 * signed out; its signed-in behaviour has its own tests (accounts, two-factor, data rights).
 */
import type { OwnerIds } from './authz-operations.ts';

export type StaffRole = 'LINK_WORKER' | 'COMMUNITY_BUILDER' | 'ADMIN';

export type Classification = (
  | { who: 'PUBLIC' }
  | { who: 'SIGNED_IN_OWN'; role?: 'SEEKER' | 'VOLUNTEER' }
  | { who: 'STAFF_OF_SCHEME'; roles: StaffRole[] }
  | { who: 'ADMIN' }
) & {
  onlyAsNobody?: string;
  /** Any member of the scheme may read it (not only the owner); people of other schemes get NOT_FOUND. */
  scheme?: true;
  /** Someone else calling it acts on their own things only (the arguments cannot reach the owner's). */
  othersGetTheirOwn?: string;
  /** Codes an allowed caller may get because the minimal arguments name nothing real. */
  minimalGets?: string[];
  /** Arguments naming the owner's things, where the minimal ones would name nothing. */
  args?: (ids: OwnerIds) => Record<string, unknown>;
};

export const CLASSIFICATION: Record<string, Classification> = {
  'Query.me': { who: 'PUBLIC' },
  'Query.schemes': { who: 'PUBLIC' },
  'Query.myVolunteering': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Query.vettingQueue': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.volunteer': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.seeker': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.waitingList': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.mySupport': { who: 'SIGNED_IN_OWN', role: 'SEEKER' },
  'Query.activities': { who: 'SIGNED_IN_OWN', scheme: true },
  'Query.activity': { who: 'SIGNED_IN_OWN', scheme: true },
  'Query.openReferralImport': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Query.openReferralExport': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Query.myCheckIns': { who: 'SIGNED_IN_OWN' },
  'Query.myProgress': { who: 'SIGNED_IN_OWN' },
  'Query.checkInsDue': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.seekerCheckIns': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.outcomeReport': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.auditEvents': { who: 'ADMIN' },
  'Query.myConsents': { who: 'SIGNED_IN_OWN' },
  'Query.suggestMatches': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.assignmentRun': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.latestAssignmentRun': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.myMatches': { who: 'SIGNED_IN_OWN' },
  'Query.match': { who: 'SIGNED_IN_OWN' },
  'Query.schemeMatches': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.reviewsDue': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.myNotifications': { who: 'SIGNED_IN_OWN' },
  'Query.capacityOverTime': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.activitiesToStart': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.staleListings': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.gapPicture': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.recruitSuggestions': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.recruitmentDrives': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'ADMIN'] },
  'Query.recruitmentDrive': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'ADMIN'] },
  'Query.publicDrive': { who: 'PUBLIC', minimalGets: ['NOT_FOUND'] },
  'Query.volunteerPipeline': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'LINK_WORKER', 'ADMIN'] },
  'Query.matchMessages': { who: 'SIGNED_IN_OWN' },
  'Query.matchContactSummary': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.myRaisedConcerns': { who: 'SIGNED_IN_OWN' },
  'Query.concerns': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Query.concern': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.signUp': { who: 'PUBLIC', onlyAsNobody: 'signing up while signed in would change the caller\'s session' },
  'Mutation.signIn': { who: 'PUBLIC', minimalGets: ['UNAUTHENTICATED'], onlyAsNobody: 'signing in would change the caller\'s session' },
  'Mutation.signOut': { who: 'PUBLIC', onlyAsNobody: 'ends the caller\'s session' },
  'Mutation.requestPasswordReset': { who: 'PUBLIC', onlyAsNobody: 'acts on an email address, not a session' },
  'Mutation.resetPassword': { who: 'PUBLIC', onlyAsNobody: 'acts on a token, not a session' },
  'Mutation.startTwoFactorSetup': { who: 'SIGNED_IN_OWN', onlyAsNobody: 'would replace a staff member\'s authenticator' },
  'Mutation.confirmTwoFactorSetup': { who: 'SIGNED_IN_OWN', onlyAsNobody: 'would replace a staff member\'s authenticator' },
  'Mutation.verifySignInCode': { who: 'SIGNED_IN_OWN', onlyAsNobody: 'a wrong code counts against the caller\'s sign-in' },
  'Mutation.createScheme': { who: 'ADMIN' },
  'Mutation.grantRole': { who: 'ADMIN' },
  'Mutation.revokeRole': { who: 'ADMIN' },
  'Mutation.updateMyVolunteerProfile': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.addMyReferees': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.removeMyReferee': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.sendMyVolunteerApplication': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.pauseMyVolunteering': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.resumeMyVolunteering': { who: 'SIGNED_IN_OWN', role: 'VOLUNTEER' },
  'Mutation.recordReference': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.verifyReference': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.recordDbsCheck': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.recordTraining': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.approveVolunteer': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.confirmVolunteerSkill': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.referPerson': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.recordContact': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.recordConsent': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.withdrawConsent': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.updateMyAboutMe': { who: 'SIGNED_IN_OWN', role: 'SEEKER' },
  'Mutation.askForSupport': { who: 'SIGNED_IN_OWN', role: 'SEEKER' },
  'Mutation.withdrawMyRequest': { who: 'SIGNED_IN_OWN', role: 'SEEKER' },
  'Mutation.withdrawMyConsent': { who: 'SIGNED_IN_OWN', role: 'SEEKER' },
  'Mutation.createActivity': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.updateActivity': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.markActivityChecked': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.removeActivity': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.startOpenReferralImport': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.addOpenReferralImportPart': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.finishOpenReferralImport': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.submitCheckIn': { who: 'SIGNED_IN_OWN' },
  'Mutation.recordCheckInByPhone': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.declineCheckIn': { who: 'SIGNED_IN_OWN' },
  'Mutation.setCheckInSchedule': { who: 'ADMIN' },
  'Mutation.exportMyData': { who: 'SIGNED_IN_OWN' },
  'Mutation.exportPersonData': {
    who: 'STAFF_OF_SCHEME',
    roles: ['LINK_WORKER', 'ADMIN'],
    args: (ids) => ({ input: { userId: ids.userId } }),
  },
  'Mutation.eraseMe': { who: 'SIGNED_IN_OWN', onlyAsNobody: 'would erase the caller' },
  'Mutation.erasePerson': { who: 'ADMIN' },
  'Mutation.startSchemeAssignment': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.proposeMatch': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.rejectSuggestion': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.respondToMatch': { who: 'SIGNED_IN_OWN' },
  'Mutation.endMatch': { who: 'SIGNED_IN_OWN' },
  'Mutation.recordReview': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.logMatchContact': { who: 'SIGNED_IN_OWN' },
  'Mutation.agreeMeetingPoint': { who: 'SIGNED_IN_OWN' },
  'Mutation.recordAttendance': { who: 'SIGNED_IN_OWN' },
  'Mutation.markNotificationsRead': { who: 'SIGNED_IN_OWN', othersGetTheirOwn: 'marks only the caller\'s own notifications' },
  'Mutation.startRecruitmentDrive': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.closeRecruitmentDrive': { who: 'STAFF_OF_SCHEME', roles: ['COMMUNITY_BUILDER', 'ADMIN'] },
  'Mutation.sendMessage': { who: 'SIGNED_IN_OWN' },
  'Mutation.markMessagesRead': { who: 'SIGNED_IN_OWN' },
  'Mutation.raiseConcern': { who: 'SIGNED_IN_OWN' },
  'Mutation.triageConcern': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Mutation.liftSafeguardingPause': {
    who: 'STAFF_OF_SCHEME',
    roles: ['LINK_WORKER', 'ADMIN'],
    args: (ids) => ({ input: { volunteerId: ids.volunteerId, note: 'Matrix test' } }),
  },
  'Subscription.viewerUpdated': { who: 'SIGNED_IN_OWN' },
  'Subscription.assignmentRunProgress': { who: 'STAFF_OF_SCHEME', roles: ['LINK_WORKER', 'ADMIN'] },
  'Subscription.notificationAdded': { who: 'SIGNED_IN_OWN' },
  'Subscription.messageAdded': { who: 'SIGNED_IN_OWN' },
};
