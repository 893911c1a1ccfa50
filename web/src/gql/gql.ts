/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignUpSchemes {\n    schemes {\n      id\n      name\n      area\n    }\n  }\n": typeof types.SignUpSchemesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n": typeof types.ConfirmTwoFactorSetupDocument,
    "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerifySignInCodeDocument,
    "\n  mutation CancelSignIn {\n    signOut\n  }\n": typeof types.CancelSignInDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    memberships {\n      role\n      scheme {\n        id\n        name\n        area\n      }\n    }\n    twoFactor {\n      enabled\n      required\n      verified\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerUpdatedDocument,
    "\n  fragment AssignmentRunFields on AssignmentRun {\n    id status stage stageDone stageTotal requestCount volunteerCount matched greedyMatched failure\n    proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered }\n  }\n": typeof types.AssignmentRunFieldsFragmentDoc,
    "\n  query LatestAssignmentRun($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ...AssignmentRunFields } }\n": typeof types.LatestAssignmentRunDocument,
    "\n  query AssignmentRun($id: ID!) { assignmentRun(id: $id) { ...AssignmentRunFields } }\n": typeof types.AssignmentRunDocument,
    "\n  mutation StartSchemeAssignment($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ...AssignmentRunFields } }\n": typeof types.StartSchemeAssignmentDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      events {\n        id\n        at\n        actorName\n        actorEmail\n        schemeName\n        action\n        subjectType\n        subjectId\n        outcome\n      }\n      nextCursor\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query CommunityHomeGaps($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      waiting\n      none\n    }\n  }\n": typeof types.CommunityHomeGapsDocument,
    "\n  query CommunityHomeCapacity($schemeId: ID!) {\n    capacityOverTime(schemeId: $schemeId, weeks: 1) {\n      activeVolunteers\n      sparePlaces\n    }\n  }\n": typeof types.CommunityHomeCapacityDocument,
    "\n  query ActivitiesToStart($schemeId: ID!) {\n    activitiesToStart(schemeId: $schemeId) {\n      interest\n      interestLabel\n      area\n      people\n      nearestKm\n      nearestTitle\n    }\n  }\n": typeof types.ActivitiesToStartDocument,
    "\n  query StaleListings($schemeId: ID!, $olderThanMonths: Int) {\n    staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {\n      activityId\n      title\n      area\n      lastCheckedAt\n      monthsSinceChecked\n    }\n  }\n": typeof types.StaleListingsDocument,
    "\n  query CapacityOverTime($schemeId: ID!, $weeks: Int) {\n    capacityOverTime(schemeId: $schemeId, weeks: $weeks) {\n      weekStarting\n      activeVolunteers\n      sparePlaces\n      peopleWaiting\n      matchesMade\n      medianDaysToMatch\n    }\n  }\n": typeof types.CapacityOverTimeDocument,
    "\n  fragment DriveFields on RecruitmentDrive {\n    id\n    title\n    message\n    areas\n    skills\n    bands\n    contactModes\n    lookingFor\n    status\n    code\n    signUpPath\n    createdAt\n    closedAt\n    createdByName\n    signUps\n  }\n": typeof types.DriveFieldsFragmentDoc,
    "\n  query RecruitmentDrives($schemeId: ID!) {\n    recruitmentDrives(schemeId: $schemeId) {\n      ...DriveFields\n    }\n  }\n": typeof types.RecruitmentDrivesDocument,
    "\n  query RecruitmentDrive($id: ID!) {\n    recruitmentDrive(id: $id) {\n      ...DriveFields\n      funnel {\n        ...PipelineFields\n      }\n    }\n  }\n": typeof types.RecruitmentDriveDocument,
    "\n  mutation StartRecruitmentDrive($input: StartDriveInput!) {\n    startRecruitmentDrive(input: $input) {\n      ...DriveFields\n    }\n  }\n": typeof types.StartRecruitmentDriveDocument,
    "\n  mutation CloseRecruitmentDrive($id: ID!) {\n    closeRecruitmentDrive(id: $id) {\n      ...DriveFields\n    }\n  }\n": typeof types.CloseRecruitmentDriveDocument,
    "\n  query PublicDrive($code: String!) {\n    publicDrive(code: $code) {\n      code\n      schemeId\n      schemeName\n      title\n      message\n      lookingFor\n      open\n    }\n  }\n": typeof types.PublicDriveDocument,
    "\n  mutation JoinSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.JoinSignUpDocument,
    "\n  query GapPicture($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      computedAt\n      waiting\n      none\n      few\n      byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      areas { area latitude longitude people none few topBlocker }\n      requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }\n      trend { weekStarting waiting none few }\n    }\n  }\n": typeof types.GapPictureDocument,
    "\n  query RecruitSuggestions($schemeId: ID!, $limit: Int) {\n    recruitSuggestions(schemeId: $schemeId, limit: $limit) {\n      key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text\n    }\n  }\n": typeof types.RecruitSuggestionsDocument,
    "\n  fragment PipelineFields on Pipeline {\n    stages {\n      ...PipelineStageFields\n    }\n    byArea {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n    byDrive {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n  }\n": typeof types.PipelineFieldsFragmentDoc,
    "\n  fragment PipelineStageFields on PipelineStage {\n    stage\n    label\n    reached\n    inProgress\n    droppedOut\n    medianDaysInStep\n  }\n": typeof types.PipelineStageFieldsFragmentDoc,
    "\n  query VolunteerPipeline($schemeId: ID!, $area: String, $driveId: ID) {\n    volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) {\n      ...PipelineFields\n    }\n  }\n": typeof types.VolunteerPipelineDocument,
    "\n  query MyDataConsents {\n    myConsents {\n      scheme {\n        id\n        name\n      }\n      withdrawnByName\n      canWithdraw\n      consent {\n        id\n        purpose\n        lawfulBasis\n        specialCategoryCondition\n        agreedWords\n        agreedOn\n        recordedOnBehalf\n        recordedByName\n        recordedAt\n        withdrawnAt\n      }\n    }\n  }\n": typeof types.MyDataConsentsDocument,
    "\n  mutation MyDataWithdrawConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.MyDataWithdrawConsentDocument,
    "\n  mutation EraseMyData($input: EraseMeInput!) {\n    eraseMe(input: $input)\n  }\n": typeof types.EraseMyDataDocument,
    "\n  mutation ExportPersonData($input: PersonRefInput!) {\n    exportPersonData(input: $input)\n  }\n": typeof types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($input: ErasePersonInput!) {\n    erasePerson(input: $input)\n  }\n": typeof types.ErasePersonDataDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    title\n    organiserName\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    venue {\n      name\n      town\n      features\n    }\n    firstVisit {\n      mode\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n  }\n": typeof types.ActivitySummaryFieldsFragmentDoc,
    "\n  fragment ActivityDetailFields on Activity {\n    id\n    schemeId\n    title\n    organiserName\n    description\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    lastCheckedBy\n    canManage\n    venue {\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      features\n      accessNotes\n    }\n    schedules {\n      frequency\n      interval\n      byDay {\n        day\n        nth\n      }\n      byMonthDay\n      startTime\n      endTime\n      startsOn\n      endsOn\n      exceptions\n      description\n      summary\n      dates\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n    firstVisit {\n      mode\n      bookingDetails\n      whoToAsk\n      whatToExpect\n    }\n    contact {\n      name\n      phone\n      email\n      website\n    }\n  }\n": typeof types.ActivityDetailFieldsFragmentDoc,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    activities(input: $input) {\n      totalCount\n      nextCursor\n      searchedFrom\n      results {\n        distance\n        activity {\n          ...ActivitySummaryFields\n        }\n      }\n    }\n  }\n": typeof types.SearchActivitiesDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetailFields\n    }\n  }\n": typeof types.ActivityDetailDocument,
    "\n  mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {\n    createActivity(schemeId: $schemeId, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation MarkActivityChecked($id: ID!) {\n    markActivityChecked(id: $id) {\n      id\n      needsChecking\n      lastCheckedAt\n      lastCheckedBy\n    }\n  }\n": typeof types.MarkActivityCheckedDocument,
    "\n  mutation RemoveActivity($id: ID!) {\n    removeActivity(id: $id)\n  }\n": typeof types.RemoveActivityDocument,
    "\n  fragment ImportFields on OpenReferralImport {\n    id\n    status\n    totalBytes\n    receivedBytes\n    recordsTotal\n    recordsChecked\n    recordsImported\n    activitiesTotal\n    created\n    updated\n    problemCount\n    failure\n    problems {\n      recordType\n      recordId\n      recordName\n      field\n      message\n    }\n    skipped {\n      recordType\n      recordId\n      recordName\n      message\n    }\n  }\n": typeof types.ImportFieldsFragmentDoc,
    "\n  mutation StartOpenReferralImport($input: StartOpenReferralImportInput!) {\n    startOpenReferralImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": typeof types.StartOpenReferralImportDocument,
    "\n  mutation AddOpenReferralImportPart($input: OpenReferralImportPartInput!) {\n    addOpenReferralImportPart(input: $input) {\n      id\n      receivedBytes\n    }\n  }\n": typeof types.AddOpenReferralImportPartDocument,
    "\n  mutation FinishOpenReferralImport($importId: ID!) {\n    finishOpenReferralImport(importId: $importId) {\n      ...ImportFields\n    }\n  }\n": typeof types.FinishOpenReferralImportDocument,
    "\n  query OpenReferralImportProgress($id: ID!) {\n    openReferralImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": typeof types.OpenReferralImportProgressDocument,
    "\n  query ExportDirectory($schemeId: ID!) {\n    openReferralExport(schemeId: $schemeId)\n  }\n": typeof types.ExportDirectoryDocument,
    "\n  query DirectorySeekerPlace($schemeId: ID!) {\n    mySupport(schemeId: $schemeId) {\n      aboutMe {\n        profile {\n          postcode\n        }\n      }\n    }\n  }\n": typeof types.DirectorySeekerPlaceDocument,
    "\n  query DirectoryVolunteerPlace {\n    myVolunteering {\n      scheme {\n        id\n      }\n      profile {\n        postcode\n      }\n    }\n  }\n": typeof types.DirectoryVolunteerPlaceDocument,
    "\n  fragment MatchFields on Match {\n    id\n    status\n    paused\n    kind\n    personFirstName\n    volunteerFirstName\n    area\n    reasons {\n      text\n      audience\n    }\n    waysToKeepInTouch\n    proposedAt\n    activatedAt\n    endedAt\n    endReason\n    nextReviewDue\n    transitions {\n      from\n      to\n      byName\n      byRole\n      at\n      reason\n    }\n    contact {\n      name\n      phone\n      email\n      preferredContact\n    }\n    companion {\n      activityTitle\n      sessionStartsAt\n      venueName\n      venueAddress\n      meetingPoint\n      attended\n      followUpAt\n    }\n    contactLog {\n      at\n      byName\n      how\n      note\n    }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  query SuggestMatches($requestId: ID!, $limit: Int) {\n    suggestMatches(requestId: $requestId, limit: $limit) {\n      suggestions {\n        volunteerId\n        firstName\n        area\n        approximateDistance\n        fitInWords\n        reasons {\n          text\n          audience\n        }\n        waysToKeepInTouch\n      }\n      unmatchedReasons {\n        text\n        volunteersBlocked\n        onlyBlocker\n        kind\n      }\n    }\n  }\n": typeof types.SuggestMatchesDocument,
    "\n  mutation ProposeMatch($requestId: ID!, $volunteerId: ID!, $note: String) {\n    proposeMatch(input: { requestId: $requestId, volunteerId: $volunteerId, note: $note }) {\n      ...MatchFields\n    }\n  }\n": typeof types.ProposeMatchDocument,
    "\n  mutation RejectSuggestion($requestId: ID!, $volunteerId: ID!, $reason: String!) {\n    rejectSuggestion(input: { requestId: $requestId, volunteerId: $volunteerId, reason: $reason })\n  }\n": typeof types.RejectSuggestionDocument,
    "\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n    }\n  }\n": typeof types.MyMatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n    }\n  }\n": typeof types.MatchDocument,
    "\n  query SchemeMatches($schemeId: ID!, $status: MatchStatus) {\n    schemeMatches(schemeId: $schemeId, status: $status) {\n      ...MatchFields\n    }\n  }\n": typeof types.SchemeMatchesDocument,
    "\n  query ReviewsDue($schemeId: ID!) {\n    reviewsDue(schemeId: $schemeId) {\n      ...MatchFields\n    }\n  }\n": typeof types.ReviewsDueDocument,
    "\n  mutation RespondToMatch($matchId: ID!, $accept: Boolean!, $reason: String) {\n    respondToMatch(input: { matchId: $matchId, accept: $accept, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n": typeof types.RespondToMatchDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(input: { matchId: $matchId, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n": typeof types.EndMatchDocument,
    "\n  mutation RecordReview($matchId: ID!, $notes: String!, $continue: Boolean!) {\n    recordReview(input: { matchId: $matchId, notes: $notes, continue: $continue }) {\n      ...MatchFields\n    }\n  }\n": typeof types.RecordReviewDocument,
    "\n  mutation LogMatchContact($matchId: ID!, $how: ContactMode!, $note: String) {\n    logMatchContact(input: { matchId: $matchId, how: $how, note: $note }) {\n      ...MatchFields\n    }\n  }\n": typeof types.LogMatchContactDocument,
    "\n  mutation AgreeMeetingPoint($matchId: ID!, $meetingPoint: String!) {\n    agreeMeetingPoint(input: { matchId: $matchId, meetingPoint: $meetingPoint }) {\n      ...MatchFields\n    }\n  }\n": typeof types.AgreeMeetingPointDocument,
    "\n  mutation RecordAttendance($matchId: ID!, $attended: Boolean!, $note: String) {\n    recordAttendance(input: { matchId: $matchId, attended: $attended, note: $note }) {\n      ...MatchFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    text\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment MessageFields on Message {\n    id\n    matchId\n    fromMe\n    senderFirstName\n    body\n    sentAt\n    readAt\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {\n    matchMessages(matchId: $matchId, before: $before, limit: $limit) {\n      ...MessageFields\n    }\n  }\n": typeof types.MatchMessagesDocument,
    "\n  query CanSendMessages($id: ID!) {\n    match(id: $id) {\n      id\n      canSendMessages\n    }\n  }\n": typeof types.CanSendMessagesDocument,
    "\n  mutation SendMessage($matchId: ID!, $body: String!) {\n    sendMessage(input: { matchId: $matchId, body: $body }) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkMessagesRead($matchId: ID!) {\n    markMessagesRead(matchId: $matchId)\n  }\n": typeof types.MarkMessagesReadDocument,
    "\n  query MatchContactSummary($matchId: ID!) {\n    matchContactSummary(matchId: $matchId) {\n      matchId\n      messagesFromPerson\n      messagesFromVolunteer\n      lastMessageAt\n      canReadMessages\n    }\n  }\n": typeof types.MatchContactSummaryDocument,
    "\n  subscription MessageAdded($matchId: ID!) {\n    messageAdded(matchId: $matchId) {\n      ...MessageFields\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    occasion\n    monthsAfterBaseline\n    dueOn\n    status\n    completedAt\n    onBehalf\n    personFirstName\n    instruments {\n      id\n      personTitle\n      intro\n      licence\n      items {\n        id\n        text\n        options {\n          value\n          label\n        }\n      }\n    }\n  }\n": typeof types.CheckInFieldsFragmentDoc,
    "\n  query MyCheckIns {\n    myCheckIns {\n      ...CheckInFields\n    }\n  }\n": typeof types.MyCheckInsDocument,
    "\n  query MyProgress {\n    myProgress {\n      occasion\n      completedAt\n      sentences\n    }\n  }\n": typeof types.MyProgressDocument,
    "\n  query CheckInsDue($schemeId: ID!) {\n    checkInsDue(schemeId: $schemeId) {\n      ...CheckInFields\n    }\n  }\n": typeof types.CheckInsDueDocument,
    "\n  query SeekerCheckIns($seekerId: ID!) {\n    seekerCheckIns(seekerId: $seekerId) {\n      id\n      occasion\n      monthsAfterBaseline\n      dueOn\n      status\n    }\n  }\n": typeof types.SeekerCheckInsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInAnswersInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.SubmitCheckInDocument,
    "\n  mutation RecordCheckInByPhone($input: CheckInAnswersInput!) {\n    recordCheckInByPhone(input: $input) {\n      ...CheckInFields\n    }\n  }\n": typeof types.RecordCheckInByPhoneDocument,
    "\n  mutation DeclineCheckIn($checkInId: ID!) {\n    declineCheckIn(checkInId: $checkInId) {\n      id\n      status\n    }\n  }\n": typeof types.DeclineCheckInDocument,
    "\n  query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {\n    outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {\n      schemeId\n      area\n      from\n      to\n      followUp\n      measuredAtBaseline\n      measuredAtFollowUp\n      changes {\n        ...MeasureChangeFields\n      }\n      chronic {\n        baselineN\n        followUpN\n        chronicAtBaseline\n        chronicAtFollowUp\n        movedOut\n        movedIn\n        suppressed\n      }\n      swemwbsImproved\n      swemwbsWorse\n      swemwbsNoChange\n      byArea {\n        area\n        measuredAtFollowUp\n        suppressed\n        changes {\n          ...MeasureChangeFields\n        }\n      }\n    }\n  }\n\n  fragment MeasureChangeFields on MeasureChange {\n    measure\n    label\n    n\n    suppressed\n    meanBefore\n    meanAfter\n    meanChange\n    ciLow\n    ciHigh\n    betterWhen\n  }\n": typeof types.OutcomeReportDocument,
    "\n  mutation RaiseConcern($subjectKind: ConcernSubjectKind!, $subjectId: ID!, $text: String!) {\n    raiseConcern(input: { subjectKind: $subjectKind, subjectId: $subjectId, text: $text }) {\n      id\n      raisedAt\n      received\n      matchPaused\n    }\n  }\n": typeof types.RaiseConcernDocument,
    "\n  fragment ConcernFields on Concern {\n    id\n    subjectKind\n    subjectId\n    subjectLabel\n    subjectLink\n    text\n    raisedByName\n    raisedAt\n    status\n    severity\n    actionsTaken\n    outcome\n    triagedByName\n    triagedAt\n    closedAt\n    matchPaused\n    volunteerSuspended\n    pausedWhenRaised\n    matches {\n      matchId\n      label\n      paused\n    }\n    volunteer {\n      volunteerId\n      name\n      suspended\n    }\n    liftedAt\n    liftNote\n  }\n": typeof types.ConcernFieldsFragmentDoc,
    "\n  query Concerns($schemeId: ID!) {\n    concerns(schemeId: $schemeId) {\n      ...ConcernFields\n    }\n  }\n": typeof types.ConcernsDocument,
    "\n  query Concern($id: ID!) {\n    concern(id: $id) {\n      ...ConcernFields\n    }\n  }\n": typeof types.ConcernDocument,
    "\n  mutation TriageConcern(\n    $concernId: ID!\n    $severity: ConcernSeverity!\n    $actionsTaken: String\n    $outcome: String\n    $close: Boolean\n    $pauseMatch: Boolean\n    $suspendVolunteer: Boolean\n  ) {\n    triageConcern(\n      input: {\n        concernId: $concernId\n        severity: $severity\n        actionsTaken: $actionsTaken\n        outcome: $outcome\n        close: $close\n        pauseMatch: $pauseMatch\n        suspendVolunteer: $suspendVolunteer\n      }\n    ) {\n      ...ConcernFields\n    }\n  }\n": typeof types.TriageConcernDocument,
    "\n  mutation LiftSafeguardingPause($matchId: ID, $volunteerId: ID, $note: String!) {\n    liftSafeguardingPause(input: { matchId: $matchId, volunteerId: $volunteerId, note: $note })\n  }\n": typeof types.LiftSafeguardingPauseDocument,
    "\n  fragment AboutMeFields on AboutMe {\n    name\n    whatMattersToMe\n    volunteerGender\n    preferredLanguages\n    otherPreferences\n    profile {\n      interests\n      accessNeeds\n      contactModes\n      languages\n      availabilityMask\n      weeklyAvailability {\n        day\n        part\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    contact {\n      phone\n      email\n      address\n      preferredContact\n    }\n  }\n": typeof types.AboutMeFieldsFragmentDoc,
    "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    kind\n    status\n    closedReason\n    activityId\n    activityTitle\n    sessionStartsAt\n    contactModes\n    notes\n    createdAt\n    queue {\n      position\n      ahead\n      inQueue\n      inWords\n      typicalWaitInWords\n    }\n  }\n": typeof types.SupportRequestFieldsFragmentDoc,
    "\n  fragment ConsentFields on Consent {\n    id\n    purpose\n    lawfulBasis\n    specialCategoryCondition\n    agreedWords\n    agreedOn\n    recordedOnBehalf\n    recordedByName\n    recordedAt\n    withdrawnAt\n  }\n": typeof types.ConsentFieldsFragmentDoc,
    "\n  query MySupport {\n    mySupport {\n      scheme {\n        id\n        name\n      }\n      aboutMe {\n        ...AboutMeFields\n      }\n      requests {\n        ...SupportRequestFields\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": typeof types.MySupportDocument,
    "\n  mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) {\n    updateMyAboutMe(input: $input) {\n      aboutMe {\n        ...AboutMeFields\n      }\n    }\n  }\n": typeof types.UpdateMyAboutMeDocument,
    "\n  mutation AskForSupport($input: AskForSupportInput!) {\n    askForSupport(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": typeof types.AskForSupportDocument,
    "\n  mutation WithdrawMyRequest($requestId: ID!) {\n    withdrawMyRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawMyRequestDocument,
    "\n  mutation WithdrawMyConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawMyConsentDocument,
    "\n  query CompanionActivities($schemeId: ID!) {\n    activities(input: { schemeId: $schemeId, first: 50 }) {\n      results {\n        activity {\n          id\n          title\n          venue {\n            name\n            town\n          }\n          nextSessions {\n            startsAt\n            summary\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompanionActivitiesDocument,
    "\n  fragment SeekerRecordFields on Seeker {\n    id\n    hasAccount\n    lastContactedAt\n    scheme {\n      id\n      name\n    }\n    aboutMe {\n      ...AboutMeFields\n    }\n    referral {\n      route\n      referredByName\n      at\n    }\n    requests {\n      ...SupportRequestFields\n    }\n    consents {\n      ...ConsentFields\n    }\n    contacts {\n      id\n      contactedAt\n      method\n      note\n      recordedByName\n    }\n  }\n": typeof types.SeekerRecordFieldsFragmentDoc,
    "\n  query Seeker($id: ID!) {\n    seeker(id: $id) {\n      ...SeekerRecordFields\n    }\n  }\n": typeof types.SeekerDocument,
    "\n  query WaitingList($schemeId: ID!) {\n    waitingList(schemeId: $schemeId) {\n      seekerId\n      name\n      lastContactedAt\n      request {\n        ...SupportRequestFields\n      }\n    }\n  }\n": typeof types.WaitingListDocument,
    "\n  mutation ReferPerson($input: ReferPersonInput!) {\n    referPerson(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n": typeof types.ReferPersonDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n": typeof types.RecordContactDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": typeof types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  fragment VolunteerFields on Volunteer {\n    id\n    displayName\n    email\n    capacity\n    gender\n    ageBand\n    offers\n    applicationSentOn\n    approvedOn\n    approvedBy\n    paused\n    pausedOn\n    pauseReason\n    scheme {\n      id\n      name\n    }\n    skills {\n      skill\n      confirmed\n      confirmedOn\n      confirmedBy\n    }\n    profile {\n      interests\n      contactModes\n      languages\n      availabilityMask\n      specificTimes {\n        date\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    vetting {\n      stage\n      nextStep\n      nextActor\n      eligibleForNewMatches\n      approvalNeeds\n      steps {\n        step\n        status\n      }\n    }\n    references {\n      id\n      refereeName\n      relationship\n      contact\n      status\n      receivedOn\n      receivedBy\n      verifiedOn\n      verifiedBy\n    }\n    dbsCheck {\n      level\n      issuedOn\n      recheckDueOn\n      certificateEnding\n      current\n      recordedBy\n      recordedOn\n    }\n    training {\n      module\n      completedOn\n      recordedBy\n    }\n  }\n": typeof types.VolunteerFieldsFragmentDoc,
    "\n  query MyVolunteering {\n    myVolunteering {\n      ...VolunteerFields\n    }\n  }\n": typeof types.MyVolunteeringDocument,
    "\n  mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.UpdateMyVolunteerProfileDocument,
    "\n  mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {\n    addMyReferees(volunteerId: $volunteerId, referees: $referees) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.AddMyRefereesDocument,
    "\n  mutation RemoveMyReferee($referenceId: ID!) {\n    removeMyReferee(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.RemoveMyRefereeDocument,
    "\n  mutation SendMyVolunteerApplication($volunteerId: ID!) {\n    sendMyVolunteerApplication(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.SendMyVolunteerApplicationDocument,
    "\n  mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {\n    pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.PauseMyVolunteeringDocument,
    "\n  mutation ResumeMyVolunteering($volunteerId: ID!) {\n    resumeMyVolunteering(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.ResumeMyVolunteeringDocument,
    "\n  query VettingQueue($schemeId: ID!) {\n    vettingQueue(schemeId: $schemeId) {\n      id\n      displayName\n      area\n      stage\n      nextStep\n      waitingSince\n      paused\n    }\n  }\n": typeof types.VettingQueueDocument,
    "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.VolunteerDocument,
    "\n  mutation RecordReference($referenceId: ID!) {\n    recordReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.RecordReferenceDocument,
    "\n  mutation VerifyReference($referenceId: ID!) {\n    verifyReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.VerifyReferenceDocument,
    "\n  mutation RecordDbsCheck($input: DbsCheckInput!) {\n    recordDbsCheck(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.RecordDbsCheckDocument,
    "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.RecordTrainingDocument,
    "\n  mutation ApproveVolunteer($volunteerId: ID!) {\n    approveVolunteer(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.ApproveVolunteerDocument,
    "\n  mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {\n    confirmVolunteerSkill(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": typeof types.ConfirmVolunteerSkillDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignInDocument,
    "\n  query SignUpSchemes {\n    schemes {\n      id\n      name\n      area\n    }\n  }\n": types.SignUpSchemesDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n": types.ConfirmTwoFactorSetupDocument,
    "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n": types.VerifySignInCodeDocument,
    "\n  mutation CancelSignIn {\n    signOut\n  }\n": types.CancelSignInDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    memberships {\n      role\n      scheme {\n        id\n        name\n        area\n      }\n    }\n    twoFactor {\n      enabled\n      required\n      verified\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...ViewerFields\n    }\n  }\n": types.ViewerUpdatedDocument,
    "\n  fragment AssignmentRunFields on AssignmentRun {\n    id status stage stageDone stageTotal requestCount volunteerCount matched greedyMatched failure\n    proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered }\n  }\n": types.AssignmentRunFieldsFragmentDoc,
    "\n  query LatestAssignmentRun($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ...AssignmentRunFields } }\n": types.LatestAssignmentRunDocument,
    "\n  query AssignmentRun($id: ID!) { assignmentRun(id: $id) { ...AssignmentRunFields } }\n": types.AssignmentRunDocument,
    "\n  mutation StartSchemeAssignment($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ...AssignmentRunFields } }\n": types.StartSchemeAssignmentDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      events {\n        id\n        at\n        actorName\n        actorEmail\n        schemeName\n        action\n        subjectType\n        subjectId\n        outcome\n      }\n      nextCursor\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query CommunityHomeGaps($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      waiting\n      none\n    }\n  }\n": types.CommunityHomeGapsDocument,
    "\n  query CommunityHomeCapacity($schemeId: ID!) {\n    capacityOverTime(schemeId: $schemeId, weeks: 1) {\n      activeVolunteers\n      sparePlaces\n    }\n  }\n": types.CommunityHomeCapacityDocument,
    "\n  query ActivitiesToStart($schemeId: ID!) {\n    activitiesToStart(schemeId: $schemeId) {\n      interest\n      interestLabel\n      area\n      people\n      nearestKm\n      nearestTitle\n    }\n  }\n": types.ActivitiesToStartDocument,
    "\n  query StaleListings($schemeId: ID!, $olderThanMonths: Int) {\n    staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {\n      activityId\n      title\n      area\n      lastCheckedAt\n      monthsSinceChecked\n    }\n  }\n": types.StaleListingsDocument,
    "\n  query CapacityOverTime($schemeId: ID!, $weeks: Int) {\n    capacityOverTime(schemeId: $schemeId, weeks: $weeks) {\n      weekStarting\n      activeVolunteers\n      sparePlaces\n      peopleWaiting\n      matchesMade\n      medianDaysToMatch\n    }\n  }\n": types.CapacityOverTimeDocument,
    "\n  fragment DriveFields on RecruitmentDrive {\n    id\n    title\n    message\n    areas\n    skills\n    bands\n    contactModes\n    lookingFor\n    status\n    code\n    signUpPath\n    createdAt\n    closedAt\n    createdByName\n    signUps\n  }\n": types.DriveFieldsFragmentDoc,
    "\n  query RecruitmentDrives($schemeId: ID!) {\n    recruitmentDrives(schemeId: $schemeId) {\n      ...DriveFields\n    }\n  }\n": types.RecruitmentDrivesDocument,
    "\n  query RecruitmentDrive($id: ID!) {\n    recruitmentDrive(id: $id) {\n      ...DriveFields\n      funnel {\n        ...PipelineFields\n      }\n    }\n  }\n": types.RecruitmentDriveDocument,
    "\n  mutation StartRecruitmentDrive($input: StartDriveInput!) {\n    startRecruitmentDrive(input: $input) {\n      ...DriveFields\n    }\n  }\n": types.StartRecruitmentDriveDocument,
    "\n  mutation CloseRecruitmentDrive($id: ID!) {\n    closeRecruitmentDrive(id: $id) {\n      ...DriveFields\n    }\n  }\n": types.CloseRecruitmentDriveDocument,
    "\n  query PublicDrive($code: String!) {\n    publicDrive(code: $code) {\n      code\n      schemeId\n      schemeName\n      title\n      message\n      lookingFor\n      open\n    }\n  }\n": types.PublicDriveDocument,
    "\n  mutation JoinSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.JoinSignUpDocument,
    "\n  query GapPicture($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      computedAt\n      waiting\n      none\n      few\n      byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      areas { area latitude longitude people none few topBlocker }\n      requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }\n      trend { weekStarting waiting none few }\n    }\n  }\n": types.GapPictureDocument,
    "\n  query RecruitSuggestions($schemeId: ID!, $limit: Int) {\n    recruitSuggestions(schemeId: $schemeId, limit: $limit) {\n      key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text\n    }\n  }\n": types.RecruitSuggestionsDocument,
    "\n  fragment PipelineFields on Pipeline {\n    stages {\n      ...PipelineStageFields\n    }\n    byArea {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n    byDrive {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n  }\n": types.PipelineFieldsFragmentDoc,
    "\n  fragment PipelineStageFields on PipelineStage {\n    stage\n    label\n    reached\n    inProgress\n    droppedOut\n    medianDaysInStep\n  }\n": types.PipelineStageFieldsFragmentDoc,
    "\n  query VolunteerPipeline($schemeId: ID!, $area: String, $driveId: ID) {\n    volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) {\n      ...PipelineFields\n    }\n  }\n": types.VolunteerPipelineDocument,
    "\n  query MyDataConsents {\n    myConsents {\n      scheme {\n        id\n        name\n      }\n      withdrawnByName\n      canWithdraw\n      consent {\n        id\n        purpose\n        lawfulBasis\n        specialCategoryCondition\n        agreedWords\n        agreedOn\n        recordedOnBehalf\n        recordedByName\n        recordedAt\n        withdrawnAt\n      }\n    }\n  }\n": types.MyDataConsentsDocument,
    "\n  mutation MyDataWithdrawConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": types.MyDataWithdrawConsentDocument,
    "\n  mutation EraseMyData($input: EraseMeInput!) {\n    eraseMe(input: $input)\n  }\n": types.EraseMyDataDocument,
    "\n  mutation ExportPersonData($input: PersonRefInput!) {\n    exportPersonData(input: $input)\n  }\n": types.ExportPersonDataDocument,
    "\n  mutation ErasePersonData($input: ErasePersonInput!) {\n    erasePerson(input: $input)\n  }\n": types.ErasePersonDataDocument,
    "\n  fragment ActivitySummaryFields on Activity {\n    id\n    title\n    organiserName\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    venue {\n      name\n      town\n      features\n    }\n    firstVisit {\n      mode\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n  }\n": types.ActivitySummaryFieldsFragmentDoc,
    "\n  fragment ActivityDetailFields on Activity {\n    id\n    schemeId\n    title\n    organiserName\n    description\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    lastCheckedBy\n    canManage\n    venue {\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      features\n      accessNotes\n    }\n    schedules {\n      frequency\n      interval\n      byDay {\n        day\n        nth\n      }\n      byMonthDay\n      startTime\n      endTime\n      startsOn\n      endsOn\n      exceptions\n      description\n      summary\n      dates\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n    firstVisit {\n      mode\n      bookingDetails\n      whoToAsk\n      whatToExpect\n    }\n    contact {\n      name\n      phone\n      email\n      website\n    }\n  }\n": types.ActivityDetailFieldsFragmentDoc,
    "\n  query SearchActivities($input: ActivitySearchInput!) {\n    activities(input: $input) {\n      totalCount\n      nextCursor\n      searchedFrom\n      results {\n        distance\n        activity {\n          ...ActivitySummaryFields\n        }\n      }\n    }\n  }\n": types.SearchActivitiesDocument,
    "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetailFields\n    }\n  }\n": types.ActivityDetailDocument,
    "\n  mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {\n    createActivity(schemeId: $schemeId, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation MarkActivityChecked($id: ID!) {\n    markActivityChecked(id: $id) {\n      id\n      needsChecking\n      lastCheckedAt\n      lastCheckedBy\n    }\n  }\n": types.MarkActivityCheckedDocument,
    "\n  mutation RemoveActivity($id: ID!) {\n    removeActivity(id: $id)\n  }\n": types.RemoveActivityDocument,
    "\n  fragment ImportFields on OpenReferralImport {\n    id\n    status\n    totalBytes\n    receivedBytes\n    recordsTotal\n    recordsChecked\n    recordsImported\n    activitiesTotal\n    created\n    updated\n    problemCount\n    failure\n    problems {\n      recordType\n      recordId\n      recordName\n      field\n      message\n    }\n    skipped {\n      recordType\n      recordId\n      recordName\n      message\n    }\n  }\n": types.ImportFieldsFragmentDoc,
    "\n  mutation StartOpenReferralImport($input: StartOpenReferralImportInput!) {\n    startOpenReferralImport(input: $input) {\n      ...ImportFields\n    }\n  }\n": types.StartOpenReferralImportDocument,
    "\n  mutation AddOpenReferralImportPart($input: OpenReferralImportPartInput!) {\n    addOpenReferralImportPart(input: $input) {\n      id\n      receivedBytes\n    }\n  }\n": types.AddOpenReferralImportPartDocument,
    "\n  mutation FinishOpenReferralImport($importId: ID!) {\n    finishOpenReferralImport(importId: $importId) {\n      ...ImportFields\n    }\n  }\n": types.FinishOpenReferralImportDocument,
    "\n  query OpenReferralImportProgress($id: ID!) {\n    openReferralImport(id: $id) {\n      ...ImportFields\n    }\n  }\n": types.OpenReferralImportProgressDocument,
    "\n  query ExportDirectory($schemeId: ID!) {\n    openReferralExport(schemeId: $schemeId)\n  }\n": types.ExportDirectoryDocument,
    "\n  query DirectorySeekerPlace($schemeId: ID!) {\n    mySupport(schemeId: $schemeId) {\n      aboutMe {\n        profile {\n          postcode\n        }\n      }\n    }\n  }\n": types.DirectorySeekerPlaceDocument,
    "\n  query DirectoryVolunteerPlace {\n    myVolunteering {\n      scheme {\n        id\n      }\n      profile {\n        postcode\n      }\n    }\n  }\n": types.DirectoryVolunteerPlaceDocument,
    "\n  fragment MatchFields on Match {\n    id\n    status\n    paused\n    kind\n    personFirstName\n    volunteerFirstName\n    area\n    reasons {\n      text\n      audience\n    }\n    waysToKeepInTouch\n    proposedAt\n    activatedAt\n    endedAt\n    endReason\n    nextReviewDue\n    transitions {\n      from\n      to\n      byName\n      byRole\n      at\n      reason\n    }\n    contact {\n      name\n      phone\n      email\n      preferredContact\n    }\n    companion {\n      activityTitle\n      sessionStartsAt\n      venueName\n      venueAddress\n      meetingPoint\n      attended\n      followUpAt\n    }\n    contactLog {\n      at\n      byName\n      how\n      note\n    }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  query SuggestMatches($requestId: ID!, $limit: Int) {\n    suggestMatches(requestId: $requestId, limit: $limit) {\n      suggestions {\n        volunteerId\n        firstName\n        area\n        approximateDistance\n        fitInWords\n        reasons {\n          text\n          audience\n        }\n        waysToKeepInTouch\n      }\n      unmatchedReasons {\n        text\n        volunteersBlocked\n        onlyBlocker\n        kind\n      }\n    }\n  }\n": types.SuggestMatchesDocument,
    "\n  mutation ProposeMatch($requestId: ID!, $volunteerId: ID!, $note: String) {\n    proposeMatch(input: { requestId: $requestId, volunteerId: $volunteerId, note: $note }) {\n      ...MatchFields\n    }\n  }\n": types.ProposeMatchDocument,
    "\n  mutation RejectSuggestion($requestId: ID!, $volunteerId: ID!, $reason: String!) {\n    rejectSuggestion(input: { requestId: $requestId, volunteerId: $volunteerId, reason: $reason })\n  }\n": types.RejectSuggestionDocument,
    "\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n    }\n  }\n": types.MyMatchesDocument,
    "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n    }\n  }\n": types.MatchDocument,
    "\n  query SchemeMatches($schemeId: ID!, $status: MatchStatus) {\n    schemeMatches(schemeId: $schemeId, status: $status) {\n      ...MatchFields\n    }\n  }\n": types.SchemeMatchesDocument,
    "\n  query ReviewsDue($schemeId: ID!) {\n    reviewsDue(schemeId: $schemeId) {\n      ...MatchFields\n    }\n  }\n": types.ReviewsDueDocument,
    "\n  mutation RespondToMatch($matchId: ID!, $accept: Boolean!, $reason: String) {\n    respondToMatch(input: { matchId: $matchId, accept: $accept, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n": types.RespondToMatchDocument,
    "\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(input: { matchId: $matchId, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n": types.EndMatchDocument,
    "\n  mutation RecordReview($matchId: ID!, $notes: String!, $continue: Boolean!) {\n    recordReview(input: { matchId: $matchId, notes: $notes, continue: $continue }) {\n      ...MatchFields\n    }\n  }\n": types.RecordReviewDocument,
    "\n  mutation LogMatchContact($matchId: ID!, $how: ContactMode!, $note: String) {\n    logMatchContact(input: { matchId: $matchId, how: $how, note: $note }) {\n      ...MatchFields\n    }\n  }\n": types.LogMatchContactDocument,
    "\n  mutation AgreeMeetingPoint($matchId: ID!, $meetingPoint: String!) {\n    agreeMeetingPoint(input: { matchId: $matchId, meetingPoint: $meetingPoint }) {\n      ...MatchFields\n    }\n  }\n": types.AgreeMeetingPointDocument,
    "\n  mutation RecordAttendance($matchId: ID!, $attended: Boolean!, $note: String) {\n    recordAttendance(input: { matchId: $matchId, attended: $attended, note: $note }) {\n      ...MatchFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    text\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment MessageFields on Message {\n    id\n    matchId\n    fromMe\n    senderFirstName\n    body\n    sentAt\n    readAt\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {\n    matchMessages(matchId: $matchId, before: $before, limit: $limit) {\n      ...MessageFields\n    }\n  }\n": types.MatchMessagesDocument,
    "\n  query CanSendMessages($id: ID!) {\n    match(id: $id) {\n      id\n      canSendMessages\n    }\n  }\n": types.CanSendMessagesDocument,
    "\n  mutation SendMessage($matchId: ID!, $body: String!) {\n    sendMessage(input: { matchId: $matchId, body: $body }) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkMessagesRead($matchId: ID!) {\n    markMessagesRead(matchId: $matchId)\n  }\n": types.MarkMessagesReadDocument,
    "\n  query MatchContactSummary($matchId: ID!) {\n    matchContactSummary(matchId: $matchId) {\n      matchId\n      messagesFromPerson\n      messagesFromVolunteer\n      lastMessageAt\n      canReadMessages\n    }\n  }\n": types.MatchContactSummaryDocument,
    "\n  subscription MessageAdded($matchId: ID!) {\n    messageAdded(matchId: $matchId) {\n      ...MessageFields\n    }\n  }\n": types.MessageAddedDocument,
    "\n  fragment CheckInFields on CheckIn {\n    id\n    occasion\n    monthsAfterBaseline\n    dueOn\n    status\n    completedAt\n    onBehalf\n    personFirstName\n    instruments {\n      id\n      personTitle\n      intro\n      licence\n      items {\n        id\n        text\n        options {\n          value\n          label\n        }\n      }\n    }\n  }\n": types.CheckInFieldsFragmentDoc,
    "\n  query MyCheckIns {\n    myCheckIns {\n      ...CheckInFields\n    }\n  }\n": types.MyCheckInsDocument,
    "\n  query MyProgress {\n    myProgress {\n      occasion\n      completedAt\n      sentences\n    }\n  }\n": types.MyProgressDocument,
    "\n  query CheckInsDue($schemeId: ID!) {\n    checkInsDue(schemeId: $schemeId) {\n      ...CheckInFields\n    }\n  }\n": types.CheckInsDueDocument,
    "\n  query SeekerCheckIns($seekerId: ID!) {\n    seekerCheckIns(seekerId: $seekerId) {\n      id\n      occasion\n      monthsAfterBaseline\n      dueOn\n      status\n    }\n  }\n": types.SeekerCheckInsDocument,
    "\n  mutation SubmitCheckIn($input: CheckInAnswersInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.SubmitCheckInDocument,
    "\n  mutation RecordCheckInByPhone($input: CheckInAnswersInput!) {\n    recordCheckInByPhone(input: $input) {\n      ...CheckInFields\n    }\n  }\n": types.RecordCheckInByPhoneDocument,
    "\n  mutation DeclineCheckIn($checkInId: ID!) {\n    declineCheckIn(checkInId: $checkInId) {\n      id\n      status\n    }\n  }\n": types.DeclineCheckInDocument,
    "\n  query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {\n    outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {\n      schemeId\n      area\n      from\n      to\n      followUp\n      measuredAtBaseline\n      measuredAtFollowUp\n      changes {\n        ...MeasureChangeFields\n      }\n      chronic {\n        baselineN\n        followUpN\n        chronicAtBaseline\n        chronicAtFollowUp\n        movedOut\n        movedIn\n        suppressed\n      }\n      swemwbsImproved\n      swemwbsWorse\n      swemwbsNoChange\n      byArea {\n        area\n        measuredAtFollowUp\n        suppressed\n        changes {\n          ...MeasureChangeFields\n        }\n      }\n    }\n  }\n\n  fragment MeasureChangeFields on MeasureChange {\n    measure\n    label\n    n\n    suppressed\n    meanBefore\n    meanAfter\n    meanChange\n    ciLow\n    ciHigh\n    betterWhen\n  }\n": types.OutcomeReportDocument,
    "\n  mutation RaiseConcern($subjectKind: ConcernSubjectKind!, $subjectId: ID!, $text: String!) {\n    raiseConcern(input: { subjectKind: $subjectKind, subjectId: $subjectId, text: $text }) {\n      id\n      raisedAt\n      received\n      matchPaused\n    }\n  }\n": types.RaiseConcernDocument,
    "\n  fragment ConcernFields on Concern {\n    id\n    subjectKind\n    subjectId\n    subjectLabel\n    subjectLink\n    text\n    raisedByName\n    raisedAt\n    status\n    severity\n    actionsTaken\n    outcome\n    triagedByName\n    triagedAt\n    closedAt\n    matchPaused\n    volunteerSuspended\n    pausedWhenRaised\n    matches {\n      matchId\n      label\n      paused\n    }\n    volunteer {\n      volunteerId\n      name\n      suspended\n    }\n    liftedAt\n    liftNote\n  }\n": types.ConcernFieldsFragmentDoc,
    "\n  query Concerns($schemeId: ID!) {\n    concerns(schemeId: $schemeId) {\n      ...ConcernFields\n    }\n  }\n": types.ConcernsDocument,
    "\n  query Concern($id: ID!) {\n    concern(id: $id) {\n      ...ConcernFields\n    }\n  }\n": types.ConcernDocument,
    "\n  mutation TriageConcern(\n    $concernId: ID!\n    $severity: ConcernSeverity!\n    $actionsTaken: String\n    $outcome: String\n    $close: Boolean\n    $pauseMatch: Boolean\n    $suspendVolunteer: Boolean\n  ) {\n    triageConcern(\n      input: {\n        concernId: $concernId\n        severity: $severity\n        actionsTaken: $actionsTaken\n        outcome: $outcome\n        close: $close\n        pauseMatch: $pauseMatch\n        suspendVolunteer: $suspendVolunteer\n      }\n    ) {\n      ...ConcernFields\n    }\n  }\n": types.TriageConcernDocument,
    "\n  mutation LiftSafeguardingPause($matchId: ID, $volunteerId: ID, $note: String!) {\n    liftSafeguardingPause(input: { matchId: $matchId, volunteerId: $volunteerId, note: $note })\n  }\n": types.LiftSafeguardingPauseDocument,
    "\n  fragment AboutMeFields on AboutMe {\n    name\n    whatMattersToMe\n    volunteerGender\n    preferredLanguages\n    otherPreferences\n    profile {\n      interests\n      accessNeeds\n      contactModes\n      languages\n      availabilityMask\n      weeklyAvailability {\n        day\n        part\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    contact {\n      phone\n      email\n      address\n      preferredContact\n    }\n  }\n": types.AboutMeFieldsFragmentDoc,
    "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    kind\n    status\n    closedReason\n    activityId\n    activityTitle\n    sessionStartsAt\n    contactModes\n    notes\n    createdAt\n    queue {\n      position\n      ahead\n      inQueue\n      inWords\n      typicalWaitInWords\n    }\n  }\n": types.SupportRequestFieldsFragmentDoc,
    "\n  fragment ConsentFields on Consent {\n    id\n    purpose\n    lawfulBasis\n    specialCategoryCondition\n    agreedWords\n    agreedOn\n    recordedOnBehalf\n    recordedByName\n    recordedAt\n    withdrawnAt\n  }\n": types.ConsentFieldsFragmentDoc,
    "\n  query MySupport {\n    mySupport {\n      scheme {\n        id\n        name\n      }\n      aboutMe {\n        ...AboutMeFields\n      }\n      requests {\n        ...SupportRequestFields\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n": types.MySupportDocument,
    "\n  mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) {\n    updateMyAboutMe(input: $input) {\n      aboutMe {\n        ...AboutMeFields\n      }\n    }\n  }\n": types.UpdateMyAboutMeDocument,
    "\n  mutation AskForSupport($input: AskForSupportInput!) {\n    askForSupport(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n": types.AskForSupportDocument,
    "\n  mutation WithdrawMyRequest($requestId: ID!) {\n    withdrawMyRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n": types.WithdrawMyRequestDocument,
    "\n  mutation WithdrawMyConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": types.WithdrawMyConsentDocument,
    "\n  query CompanionActivities($schemeId: ID!) {\n    activities(input: { schemeId: $schemeId, first: 50 }) {\n      results {\n        activity {\n          id\n          title\n          venue {\n            name\n            town\n          }\n          nextSessions {\n            startsAt\n            summary\n          }\n        }\n      }\n    }\n  }\n": types.CompanionActivitiesDocument,
    "\n  fragment SeekerRecordFields on Seeker {\n    id\n    hasAccount\n    lastContactedAt\n    scheme {\n      id\n      name\n    }\n    aboutMe {\n      ...AboutMeFields\n    }\n    referral {\n      route\n      referredByName\n      at\n    }\n    requests {\n      ...SupportRequestFields\n    }\n    consents {\n      ...ConsentFields\n    }\n    contacts {\n      id\n      contactedAt\n      method\n      note\n      recordedByName\n    }\n  }\n": types.SeekerRecordFieldsFragmentDoc,
    "\n  query Seeker($id: ID!) {\n    seeker(id: $id) {\n      ...SeekerRecordFields\n    }\n  }\n": types.SeekerDocument,
    "\n  query WaitingList($schemeId: ID!) {\n    waitingList(schemeId: $schemeId) {\n      seekerId\n      name\n      lastContactedAt\n      request {\n        ...SupportRequestFields\n      }\n    }\n  }\n": types.WaitingListDocument,
    "\n  mutation ReferPerson($input: ReferPersonInput!) {\n    referPerson(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n": types.ReferPersonDocument,
    "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n": types.RecordContactDocument,
    "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n": types.RecordConsentDocument,
    "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  fragment VolunteerFields on Volunteer {\n    id\n    displayName\n    email\n    capacity\n    gender\n    ageBand\n    offers\n    applicationSentOn\n    approvedOn\n    approvedBy\n    paused\n    pausedOn\n    pauseReason\n    scheme {\n      id\n      name\n    }\n    skills {\n      skill\n      confirmed\n      confirmedOn\n      confirmedBy\n    }\n    profile {\n      interests\n      contactModes\n      languages\n      availabilityMask\n      specificTimes {\n        date\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    vetting {\n      stage\n      nextStep\n      nextActor\n      eligibleForNewMatches\n      approvalNeeds\n      steps {\n        step\n        status\n      }\n    }\n    references {\n      id\n      refereeName\n      relationship\n      contact\n      status\n      receivedOn\n      receivedBy\n      verifiedOn\n      verifiedBy\n    }\n    dbsCheck {\n      level\n      issuedOn\n      recheckDueOn\n      certificateEnding\n      current\n      recordedBy\n      recordedOn\n    }\n    training {\n      module\n      completedOn\n      recordedBy\n    }\n  }\n": types.VolunteerFieldsFragmentDoc,
    "\n  query MyVolunteering {\n    myVolunteering {\n      ...VolunteerFields\n    }\n  }\n": types.MyVolunteeringDocument,
    "\n  mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.UpdateMyVolunteerProfileDocument,
    "\n  mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {\n    addMyReferees(volunteerId: $volunteerId, referees: $referees) {\n      ...VolunteerFields\n    }\n  }\n": types.AddMyRefereesDocument,
    "\n  mutation RemoveMyReferee($referenceId: ID!) {\n    removeMyReferee(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": types.RemoveMyRefereeDocument,
    "\n  mutation SendMyVolunteerApplication($volunteerId: ID!) {\n    sendMyVolunteerApplication(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": types.SendMyVolunteerApplicationDocument,
    "\n  mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {\n    pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerFields\n    }\n  }\n": types.PauseMyVolunteeringDocument,
    "\n  mutation ResumeMyVolunteering($volunteerId: ID!) {\n    resumeMyVolunteering(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": types.ResumeMyVolunteeringDocument,
    "\n  query VettingQueue($schemeId: ID!) {\n    vettingQueue(schemeId: $schemeId) {\n      id\n      displayName\n      area\n      stage\n      nextStep\n      waitingSince\n      paused\n    }\n  }\n": types.VettingQueueDocument,
    "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n": types.VolunteerDocument,
    "\n  mutation RecordReference($referenceId: ID!) {\n    recordReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": types.RecordReferenceDocument,
    "\n  mutation VerifyReference($referenceId: ID!) {\n    verifyReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n": types.VerifyReferenceDocument,
    "\n  mutation RecordDbsCheck($input: DbsCheckInput!) {\n    recordDbsCheck(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.RecordDbsCheckDocument,
    "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.RecordTrainingDocument,
    "\n  mutation ApproveVolunteer($volunteerId: ID!) {\n    approveVolunteer(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n": types.ApproveVolunteerDocument,
    "\n  mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {\n    confirmVolunteerSkill(input: $input) {\n      ...VolunteerFields\n    }\n  }\n": types.ConfirmVolunteerSkillDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpSchemes {\n    schemes {\n      id\n      name\n      area\n    }\n  }\n"): (typeof documents)["\n  query SignUpSchemes {\n    schemes {\n      id\n      name\n      area\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorSetup($code: String!) {\n    confirmTwoFactorSetup(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySignInCode($code: String!) {\n    verifySignInCode(code: $code) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSignIn {\n    signOut\n  }\n"): (typeof documents)["\n  mutation CancelSignIn {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    memberships {\n      role\n      scheme {\n        id\n        name\n        area\n      }\n    }\n    twoFactor {\n      enabled\n      required\n      verified\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    memberships {\n      role\n      scheme {\n        id\n        name\n        area\n      }\n    }\n    twoFactor {\n      enabled\n      required\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  subscription ViewerUpdated {\n    viewerUpdated {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentRunFields on AssignmentRun {\n    id status stage stageDone stageTotal requestCount volunteerCount matched greedyMatched failure\n    proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered }\n  }\n"): (typeof documents)["\n  fragment AssignmentRunFields on AssignmentRun {\n    id status stage stageDone stageTotal requestCount volunteerCount matched greedyMatched failure\n    proposals { id requestId personFirstName volunteerId volunteerFirstName fit fitInWords reasons { text audience } offered }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestAssignmentRun($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ...AssignmentRunFields } }\n"): (typeof documents)["\n  query LatestAssignmentRun($schemeId: ID!) { latestAssignmentRun(schemeId: $schemeId) { ...AssignmentRunFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentRun($id: ID!) { assignmentRun(id: $id) { ...AssignmentRunFields } }\n"): (typeof documents)["\n  query AssignmentRun($id: ID!) { assignmentRun(id: $id) { ...AssignmentRunFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSchemeAssignment($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ...AssignmentRunFields } }\n"): (typeof documents)["\n  mutation StartSchemeAssignment($schemeId: ID!) { startSchemeAssignment(schemeId: $schemeId) { ...AssignmentRunFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      events {\n        id\n        at\n        actorName\n        actorEmail\n        schemeName\n        action\n        subjectType\n        subjectId\n        outcome\n      }\n      nextCursor\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      events {\n        id\n        at\n        actorName\n        actorEmail\n        schemeName\n        action\n        subjectType\n        subjectId\n        outcome\n      }\n      nextCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHomeGaps($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      waiting\n      none\n    }\n  }\n"): (typeof documents)["\n  query CommunityHomeGaps($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      waiting\n      none\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityHomeCapacity($schemeId: ID!) {\n    capacityOverTime(schemeId: $schemeId, weeks: 1) {\n      activeVolunteers\n      sparePlaces\n    }\n  }\n"): (typeof documents)["\n  query CommunityHomeCapacity($schemeId: ID!) {\n    capacityOverTime(schemeId: $schemeId, weeks: 1) {\n      activeVolunteers\n      sparePlaces\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesToStart($schemeId: ID!) {\n    activitiesToStart(schemeId: $schemeId) {\n      interest\n      interestLabel\n      area\n      people\n      nearestKm\n      nearestTitle\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesToStart($schemeId: ID!) {\n    activitiesToStart(schemeId: $schemeId) {\n      interest\n      interestLabel\n      area\n      people\n      nearestKm\n      nearestTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaleListings($schemeId: ID!, $olderThanMonths: Int) {\n    staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {\n      activityId\n      title\n      area\n      lastCheckedAt\n      monthsSinceChecked\n    }\n  }\n"): (typeof documents)["\n  query StaleListings($schemeId: ID!, $olderThanMonths: Int) {\n    staleListings(schemeId: $schemeId, olderThanMonths: $olderThanMonths) {\n      activityId\n      title\n      area\n      lastCheckedAt\n      monthsSinceChecked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityOverTime($schemeId: ID!, $weeks: Int) {\n    capacityOverTime(schemeId: $schemeId, weeks: $weeks) {\n      weekStarting\n      activeVolunteers\n      sparePlaces\n      peopleWaiting\n      matchesMade\n      medianDaysToMatch\n    }\n  }\n"): (typeof documents)["\n  query CapacityOverTime($schemeId: ID!, $weeks: Int) {\n    capacityOverTime(schemeId: $schemeId, weeks: $weeks) {\n      weekStarting\n      activeVolunteers\n      sparePlaces\n      peopleWaiting\n      matchesMade\n      medianDaysToMatch\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DriveFields on RecruitmentDrive {\n    id\n    title\n    message\n    areas\n    skills\n    bands\n    contactModes\n    lookingFor\n    status\n    code\n    signUpPath\n    createdAt\n    closedAt\n    createdByName\n    signUps\n  }\n"): (typeof documents)["\n  fragment DriveFields on RecruitmentDrive {\n    id\n    title\n    message\n    areas\n    skills\n    bands\n    contactModes\n    lookingFor\n    status\n    code\n    signUpPath\n    createdAt\n    closedAt\n    createdByName\n    signUps\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentDrives($schemeId: ID!) {\n    recruitmentDrives(schemeId: $schemeId) {\n      ...DriveFields\n    }\n  }\n"): (typeof documents)["\n  query RecruitmentDrives($schemeId: ID!) {\n    recruitmentDrives(schemeId: $schemeId) {\n      ...DriveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitmentDrive($id: ID!) {\n    recruitmentDrive(id: $id) {\n      ...DriveFields\n      funnel {\n        ...PipelineFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecruitmentDrive($id: ID!) {\n    recruitmentDrive(id: $id) {\n      ...DriveFields\n      funnel {\n        ...PipelineFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRecruitmentDrive($input: StartDriveInput!) {\n    startRecruitmentDrive(input: $input) {\n      ...DriveFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartRecruitmentDrive($input: StartDriveInput!) {\n    startRecruitmentDrive(input: $input) {\n      ...DriveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRecruitmentDrive($id: ID!) {\n    closeRecruitmentDrive(id: $id) {\n      ...DriveFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseRecruitmentDrive($id: ID!) {\n    closeRecruitmentDrive(id: $id) {\n      ...DriveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDrive($code: String!) {\n    publicDrive(code: $code) {\n      code\n      schemeId\n      schemeName\n      title\n      message\n      lookingFor\n      open\n    }\n  }\n"): (typeof documents)["\n  query PublicDrive($code: String!) {\n    publicDrive(code: $code) {\n      code\n      schemeId\n      schemeName\n      title\n      message\n      lookingFor\n      open\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GapPicture($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      computedAt\n      waiting\n      none\n      few\n      byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      areas { area latitude longitude people none few topBlocker }\n      requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }\n      trend { weekStarting waiting none few }\n    }\n  }\n"): (typeof documents)["\n  query GapPicture($schemeId: ID!) {\n    gapPicture(schemeId: $schemeId) {\n      computedAt\n      waiting\n      none\n      few\n      byArea { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      byBlocker { key label people none few medianWaitDays longestWaitDays waitingOver4Weeks }\n      areas { area latitude longitude people none few topBlocker }\n      requests { area kind waitingDays feasibleVolunteers status blockers { category skill text } }\n      trend { weekStarting waiting none few }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecruitSuggestions($schemeId: ID!, $limit: Int) {\n    recruitSuggestions(schemeId: $schemeId, limit: $limit) {\n      key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text\n    }\n  }\n"): (typeof documents)["\n  query RecruitSuggestions($schemeId: ID!, $limit: Int) {\n    recruitSuggestions(schemeId: $schemeId, limit: $limit) {\n      key kind contactMode skills area band bandLabel language peopleUnblocked addsToAbove volunteersNeeded text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineFields on Pipeline {\n    stages {\n      ...PipelineStageFields\n    }\n    byArea {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n    byDrive {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PipelineFields on Pipeline {\n    stages {\n      ...PipelineStageFields\n    }\n    byArea {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n    byDrive {\n      key\n      label\n      stages {\n        ...PipelineStageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineStageFields on PipelineStage {\n    stage\n    label\n    reached\n    inProgress\n    droppedOut\n    medianDaysInStep\n  }\n"): (typeof documents)["\n  fragment PipelineStageFields on PipelineStage {\n    stage\n    label\n    reached\n    inProgress\n    droppedOut\n    medianDaysInStep\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPipeline($schemeId: ID!, $area: String, $driveId: ID) {\n    volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) {\n      ...PipelineFields\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPipeline($schemeId: ID!, $area: String, $driveId: ID) {\n    volunteerPipeline(schemeId: $schemeId, area: $area, driveId: $driveId) {\n      ...PipelineFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataConsents {\n    myConsents {\n      scheme {\n        id\n        name\n      }\n      withdrawnByName\n      canWithdraw\n      consent {\n        id\n        purpose\n        lawfulBasis\n        specialCategoryCondition\n        agreedWords\n        agreedOn\n        recordedOnBehalf\n        recordedByName\n        recordedAt\n        withdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDataConsents {\n    myConsents {\n      scheme {\n        id\n        name\n      }\n      withdrawnByName\n      canWithdraw\n      consent {\n        id\n        purpose\n        lawfulBasis\n        specialCategoryCondition\n        agreedWords\n        agreedOn\n        recordedOnBehalf\n        recordedByName\n        recordedAt\n        withdrawnAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyDataWithdrawConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation MyDataWithdrawConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyData($input: EraseMeInput!) {\n    eraseMe(input: $input)\n  }\n"): (typeof documents)["\n  mutation EraseMyData($input: EraseMeInput!) {\n    eraseMe(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonData($input: PersonRefInput!) {\n    exportPersonData(input: $input)\n  }\n"): (typeof documents)["\n  mutation ExportPersonData($input: PersonRefInput!) {\n    exportPersonData(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonData($input: ErasePersonInput!) {\n    erasePerson(input: $input)\n  }\n"): (typeof documents)["\n  mutation ErasePersonData($input: ErasePersonInput!) {\n    erasePerson(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivitySummaryFields on Activity {\n    id\n    title\n    organiserName\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    venue {\n      name\n      town\n      features\n    }\n    firstVisit {\n      mode\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment ActivitySummaryFields on Activity {\n    id\n    title\n    organiserName\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    venue {\n      name\n      town\n      features\n    }\n    firstVisit {\n      mode\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityDetailFields on Activity {\n    id\n    schemeId\n    title\n    organiserName\n    description\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    lastCheckedBy\n    canManage\n    venue {\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      features\n      accessNotes\n    }\n    schedules {\n      frequency\n      interval\n      byDay {\n        day\n        nth\n      }\n      byMonthDay\n      startTime\n      endTime\n      startsOn\n      endsOn\n      exceptions\n      description\n      summary\n      dates\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n    firstVisit {\n      mode\n      bookingDetails\n      whoToAsk\n      whatToExpect\n    }\n    contact {\n      name\n      phone\n      email\n      website\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityDetailFields on Activity {\n    id\n    schemeId\n    title\n    organiserName\n    description\n    interests\n    isFree\n    cost\n    needsChecking\n    lastCheckedAt\n    lastCheckedBy\n    canManage\n    venue {\n      name\n      addressLine1\n      addressLine2\n      town\n      postcode\n      features\n      accessNotes\n    }\n    schedules {\n      frequency\n      interval\n      byDay {\n        day\n        nth\n      }\n      byMonthDay\n      startTime\n      endTime\n      startsOn\n      endsOn\n      exceptions\n      description\n      summary\n      dates\n    }\n    nextSessions {\n      date\n      startsAt\n      summary\n    }\n    firstVisit {\n      mode\n      bookingDetails\n      whoToAsk\n      whatToExpect\n    }\n    contact {\n      name\n      phone\n      email\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchActivities($input: ActivitySearchInput!) {\n    activities(input: $input) {\n      totalCount\n      nextCursor\n      searchedFrom\n      results {\n        distance\n        activity {\n          ...ActivitySummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchActivities($input: ActivitySearchInput!) {\n    activities(input: $input) {\n      totalCount\n      nextCursor\n      searchedFrom\n      results {\n        distance\n        activity {\n          ...ActivitySummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ActivityDetail($id: ID!) {\n    activity(id: $id) {\n      ...ActivityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {\n    createActivity(schemeId: $schemeId, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {\n    createActivity(schemeId: $schemeId, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkActivityChecked($id: ID!) {\n    markActivityChecked(id: $id) {\n      id\n      needsChecking\n      lastCheckedAt\n      lastCheckedBy\n    }\n  }\n"): (typeof documents)["\n  mutation MarkActivityChecked($id: ID!) {\n    markActivityChecked(id: $id) {\n      id\n      needsChecking\n      lastCheckedAt\n      lastCheckedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivity($id: ID!) {\n    removeActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveActivity($id: ID!) {\n    removeActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportFields on OpenReferralImport {\n    id\n    status\n    totalBytes\n    receivedBytes\n    recordsTotal\n    recordsChecked\n    recordsImported\n    activitiesTotal\n    created\n    updated\n    problemCount\n    failure\n    problems {\n      recordType\n      recordId\n      recordName\n      field\n      message\n    }\n    skipped {\n      recordType\n      recordId\n      recordName\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportFields on OpenReferralImport {\n    id\n    status\n    totalBytes\n    receivedBytes\n    recordsTotal\n    recordsChecked\n    recordsImported\n    activitiesTotal\n    created\n    updated\n    problemCount\n    failure\n    problems {\n      recordType\n      recordId\n      recordName\n      field\n      message\n    }\n    skipped {\n      recordType\n      recordId\n      recordName\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartOpenReferralImport($input: StartOpenReferralImportInput!) {\n    startOpenReferralImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartOpenReferralImport($input: StartOpenReferralImportInput!) {\n    startOpenReferralImport(input: $input) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOpenReferralImportPart($input: OpenReferralImportPartInput!) {\n    addOpenReferralImportPart(input: $input) {\n      id\n      receivedBytes\n    }\n  }\n"): (typeof documents)["\n  mutation AddOpenReferralImportPart($input: OpenReferralImportPartInput!) {\n    addOpenReferralImportPart(input: $input) {\n      id\n      receivedBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishOpenReferralImport($importId: ID!) {\n    finishOpenReferralImport(importId: $importId) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinishOpenReferralImport($importId: ID!) {\n    finishOpenReferralImport(importId: $importId) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenReferralImportProgress($id: ID!) {\n    openReferralImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"): (typeof documents)["\n  query OpenReferralImportProgress($id: ID!) {\n    openReferralImport(id: $id) {\n      ...ImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportDirectory($schemeId: ID!) {\n    openReferralExport(schemeId: $schemeId)\n  }\n"): (typeof documents)["\n  query ExportDirectory($schemeId: ID!) {\n    openReferralExport(schemeId: $schemeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySeekerPlace($schemeId: ID!) {\n    mySupport(schemeId: $schemeId) {\n      aboutMe {\n        profile {\n          postcode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySeekerPlace($schemeId: ID!) {\n    mySupport(schemeId: $schemeId) {\n      aboutMe {\n        profile {\n          postcode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryVolunteerPlace {\n    myVolunteering {\n      scheme {\n        id\n      }\n      profile {\n        postcode\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryVolunteerPlace {\n    myVolunteering {\n      scheme {\n        id\n      }\n      profile {\n        postcode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on Match {\n    id\n    status\n    paused\n    kind\n    personFirstName\n    volunteerFirstName\n    area\n    reasons {\n      text\n      audience\n    }\n    waysToKeepInTouch\n    proposedAt\n    activatedAt\n    endedAt\n    endReason\n    nextReviewDue\n    transitions {\n      from\n      to\n      byName\n      byRole\n      at\n      reason\n    }\n    contact {\n      name\n      phone\n      email\n      preferredContact\n    }\n    companion {\n      activityTitle\n      sessionStartsAt\n      venueName\n      venueAddress\n      meetingPoint\n      attended\n      followUpAt\n    }\n    contactLog {\n      at\n      byName\n      how\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment MatchFields on Match {\n    id\n    status\n    paused\n    kind\n    personFirstName\n    volunteerFirstName\n    area\n    reasons {\n      text\n      audience\n    }\n    waysToKeepInTouch\n    proposedAt\n    activatedAt\n    endedAt\n    endReason\n    nextReviewDue\n    transitions {\n      from\n      to\n      byName\n      byRole\n      at\n      reason\n    }\n    contact {\n      name\n      phone\n      email\n      preferredContact\n    }\n    companion {\n      activityTitle\n      sessionStartsAt\n      venueName\n      venueAddress\n      meetingPoint\n      attended\n      followUpAt\n    }\n    contactLog {\n      at\n      byName\n      how\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestMatches($requestId: ID!, $limit: Int) {\n    suggestMatches(requestId: $requestId, limit: $limit) {\n      suggestions {\n        volunteerId\n        firstName\n        area\n        approximateDistance\n        fitInWords\n        reasons {\n          text\n          audience\n        }\n        waysToKeepInTouch\n      }\n      unmatchedReasons {\n        text\n        volunteersBlocked\n        onlyBlocker\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestMatches($requestId: ID!, $limit: Int) {\n    suggestMatches(requestId: $requestId, limit: $limit) {\n      suggestions {\n        volunteerId\n        firstName\n        area\n        approximateDistance\n        fitInWords\n        reasons {\n          text\n          audience\n        }\n        waysToKeepInTouch\n      }\n      unmatchedReasons {\n        text\n        volunteersBlocked\n        onlyBlocker\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMatch($requestId: ID!, $volunteerId: ID!, $note: String) {\n    proposeMatch(input: { requestId: $requestId, volunteerId: $volunteerId, note: $note }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMatch($requestId: ID!, $volunteerId: ID!, $note: String) {\n    proposeMatch(input: { requestId: $requestId, volunteerId: $volunteerId, note: $note }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSuggestion($requestId: ID!, $volunteerId: ID!, $reason: String!) {\n    rejectSuggestion(input: { requestId: $requestId, volunteerId: $volunteerId, reason: $reason })\n  }\n"): (typeof documents)["\n  mutation RejectSuggestion($requestId: ID!, $volunteerId: ID!, $reason: String!) {\n    rejectSuggestion(input: { requestId: $requestId, volunteerId: $volunteerId, reason: $reason })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query MyMatches {\n    myMatches {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query Match($id: ID!) {\n    match(id: $id) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeMatches($schemeId: ID!, $status: MatchStatus) {\n    schemeMatches(schemeId: $schemeId, status: $status) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query SchemeMatches($schemeId: ID!, $status: MatchStatus) {\n    schemeMatches(schemeId: $schemeId, status: $status) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewsDue($schemeId: ID!) {\n    reviewsDue(schemeId: $schemeId) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  query ReviewsDue($schemeId: ID!) {\n    reviewsDue(schemeId: $schemeId) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToMatch($matchId: ID!, $accept: Boolean!, $reason: String) {\n    respondToMatch(input: { matchId: $matchId, accept: $accept, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToMatch($matchId: ID!, $accept: Boolean!, $reason: String) {\n    respondToMatch(input: { matchId: $matchId, accept: $accept, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(input: { matchId: $matchId, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndMatch($matchId: ID!, $reason: String!) {\n    endMatch(input: { matchId: $matchId, reason: $reason }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReview($matchId: ID!, $notes: String!, $continue: Boolean!) {\n    recordReview(input: { matchId: $matchId, notes: $notes, continue: $continue }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReview($matchId: ID!, $notes: String!, $continue: Boolean!) {\n    recordReview(input: { matchId: $matchId, notes: $notes, continue: $continue }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogMatchContact($matchId: ID!, $how: ContactMode!, $note: String) {\n    logMatchContact(input: { matchId: $matchId, how: $how, note: $note }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogMatchContact($matchId: ID!, $how: ContactMode!, $note: String) {\n    logMatchContact(input: { matchId: $matchId, how: $how, note: $note }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreeMeetingPoint($matchId: ID!, $meetingPoint: String!) {\n    agreeMeetingPoint(input: { matchId: $matchId, meetingPoint: $meetingPoint }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation AgreeMeetingPoint($matchId: ID!, $meetingPoint: String!) {\n    agreeMeetingPoint(input: { matchId: $matchId, meetingPoint: $meetingPoint }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($matchId: ID!, $attended: Boolean!, $note: String) {\n    recordAttendance(input: { matchId: $matchId, attended: $attended, note: $note }) {\n      ...MatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($matchId: ID!, $attended: Boolean!, $note: String) {\n    recordAttendance(input: { matchId: $matchId, attended: $attended, note: $note }) {\n      ...MatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    text\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    text\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    matchId\n    fromMe\n    senderFirstName\n    body\n    sentAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    matchId\n    fromMe\n    senderFirstName\n    body\n    sentAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {\n    matchMessages(matchId: $matchId, before: $before, limit: $limit) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  query MatchMessages($matchId: ID!, $before: ID, $limit: Int) {\n    matchMessages(matchId: $matchId, before: $before, limit: $limit) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanSendMessages($id: ID!) {\n    match(id: $id) {\n      id\n      canSendMessages\n    }\n  }\n"): (typeof documents)["\n  query CanSendMessages($id: ID!) {\n    match(id: $id) {\n      id\n      canSendMessages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($matchId: ID!, $body: String!) {\n    sendMessage(input: { matchId: $matchId, body: $body }) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($matchId: ID!, $body: String!) {\n    sendMessage(input: { matchId: $matchId, body: $body }) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMessagesRead($matchId: ID!) {\n    markMessagesRead(matchId: $matchId)\n  }\n"): (typeof documents)["\n  mutation MarkMessagesRead($matchId: ID!) {\n    markMessagesRead(matchId: $matchId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchContactSummary($matchId: ID!) {\n    matchContactSummary(matchId: $matchId) {\n      matchId\n      messagesFromPerson\n      messagesFromVolunteer\n      lastMessageAt\n      canReadMessages\n    }\n  }\n"): (typeof documents)["\n  query MatchContactSummary($matchId: ID!) {\n    matchContactSummary(matchId: $matchId) {\n      matchId\n      messagesFromPerson\n      messagesFromVolunteer\n      lastMessageAt\n      canReadMessages\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($matchId: ID!) {\n    messageAdded(matchId: $matchId) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($matchId: ID!) {\n    messageAdded(matchId: $matchId) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInFields on CheckIn {\n    id\n    occasion\n    monthsAfterBaseline\n    dueOn\n    status\n    completedAt\n    onBehalf\n    personFirstName\n    instruments {\n      id\n      personTitle\n      intro\n      licence\n      items {\n        id\n        text\n        options {\n          value\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CheckInFields on CheckIn {\n    id\n    occasion\n    monthsAfterBaseline\n    dueOn\n    status\n    completedAt\n    onBehalf\n    personFirstName\n    instruments {\n      id\n      personTitle\n      intro\n      licence\n      items {\n        id\n        text\n        options {\n          value\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCheckIns {\n    myCheckIns {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query MyCheckIns {\n    myCheckIns {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgress {\n    myProgress {\n      occasion\n      completedAt\n      sentences\n    }\n  }\n"): (typeof documents)["\n  query MyProgress {\n    myProgress {\n      occasion\n      completedAt\n      sentences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInsDue($schemeId: ID!) {\n    checkInsDue(schemeId: $schemeId) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  query CheckInsDue($schemeId: ID!) {\n    checkInsDue(schemeId: $schemeId) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeekerCheckIns($seekerId: ID!) {\n    seekerCheckIns(seekerId: $seekerId) {\n      id\n      occasion\n      monthsAfterBaseline\n      dueOn\n      status\n    }\n  }\n"): (typeof documents)["\n  query SeekerCheckIns($seekerId: ID!) {\n    seekerCheckIns(seekerId: $seekerId) {\n      id\n      occasion\n      monthsAfterBaseline\n      dueOn\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCheckIn($input: CheckInAnswersInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCheckIn($input: CheckInAnswersInput!) {\n    submitCheckIn(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCheckInByPhone($input: CheckInAnswersInput!) {\n    recordCheckInByPhone(input: $input) {\n      ...CheckInFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCheckInByPhone($input: CheckInAnswersInput!) {\n    recordCheckInByPhone(input: $input) {\n      ...CheckInFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCheckIn($checkInId: ID!) {\n    declineCheckIn(checkInId: $checkInId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCheckIn($checkInId: ID!) {\n    declineCheckIn(checkInId: $checkInId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {\n    outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {\n      schemeId\n      area\n      from\n      to\n      followUp\n      measuredAtBaseline\n      measuredAtFollowUp\n      changes {\n        ...MeasureChangeFields\n      }\n      chronic {\n        baselineN\n        followUpN\n        chronicAtBaseline\n        chronicAtFollowUp\n        movedOut\n        movedIn\n        suppressed\n      }\n      swemwbsImproved\n      swemwbsWorse\n      swemwbsNoChange\n      byArea {\n        area\n        measuredAtFollowUp\n        suppressed\n        changes {\n          ...MeasureChangeFields\n        }\n      }\n    }\n  }\n\n  fragment MeasureChangeFields on MeasureChange {\n    measure\n    label\n    n\n    suppressed\n    meanBefore\n    meanAfter\n    meanChange\n    ciLow\n    ciHigh\n    betterWhen\n  }\n"): (typeof documents)["\n  query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {\n    outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {\n      schemeId\n      area\n      from\n      to\n      followUp\n      measuredAtBaseline\n      measuredAtFollowUp\n      changes {\n        ...MeasureChangeFields\n      }\n      chronic {\n        baselineN\n        followUpN\n        chronicAtBaseline\n        chronicAtFollowUp\n        movedOut\n        movedIn\n        suppressed\n      }\n      swemwbsImproved\n      swemwbsWorse\n      swemwbsNoChange\n      byArea {\n        area\n        measuredAtFollowUp\n        suppressed\n        changes {\n          ...MeasureChangeFields\n        }\n      }\n    }\n  }\n\n  fragment MeasureChangeFields on MeasureChange {\n    measure\n    label\n    n\n    suppressed\n    meanBefore\n    meanAfter\n    meanChange\n    ciLow\n    ciHigh\n    betterWhen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaiseConcern($subjectKind: ConcernSubjectKind!, $subjectId: ID!, $text: String!) {\n    raiseConcern(input: { subjectKind: $subjectKind, subjectId: $subjectId, text: $text }) {\n      id\n      raisedAt\n      received\n      matchPaused\n    }\n  }\n"): (typeof documents)["\n  mutation RaiseConcern($subjectKind: ConcernSubjectKind!, $subjectId: ID!, $text: String!) {\n    raiseConcern(input: { subjectKind: $subjectKind, subjectId: $subjectId, text: $text }) {\n      id\n      raisedAt\n      received\n      matchPaused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConcernFields on Concern {\n    id\n    subjectKind\n    subjectId\n    subjectLabel\n    subjectLink\n    text\n    raisedByName\n    raisedAt\n    status\n    severity\n    actionsTaken\n    outcome\n    triagedByName\n    triagedAt\n    closedAt\n    matchPaused\n    volunteerSuspended\n    pausedWhenRaised\n    matches {\n      matchId\n      label\n      paused\n    }\n    volunteer {\n      volunteerId\n      name\n      suspended\n    }\n    liftedAt\n    liftNote\n  }\n"): (typeof documents)["\n  fragment ConcernFields on Concern {\n    id\n    subjectKind\n    subjectId\n    subjectLabel\n    subjectLink\n    text\n    raisedByName\n    raisedAt\n    status\n    severity\n    actionsTaken\n    outcome\n    triagedByName\n    triagedAt\n    closedAt\n    matchPaused\n    volunteerSuspended\n    pausedWhenRaised\n    matches {\n      matchId\n      label\n      paused\n    }\n    volunteer {\n      volunteerId\n      name\n      suspended\n    }\n    liftedAt\n    liftNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Concerns($schemeId: ID!) {\n    concerns(schemeId: $schemeId) {\n      ...ConcernFields\n    }\n  }\n"): (typeof documents)["\n  query Concerns($schemeId: ID!) {\n    concerns(schemeId: $schemeId) {\n      ...ConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Concern($id: ID!) {\n    concern(id: $id) {\n      ...ConcernFields\n    }\n  }\n"): (typeof documents)["\n  query Concern($id: ID!) {\n    concern(id: $id) {\n      ...ConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageConcern(\n    $concernId: ID!\n    $severity: ConcernSeverity!\n    $actionsTaken: String\n    $outcome: String\n    $close: Boolean\n    $pauseMatch: Boolean\n    $suspendVolunteer: Boolean\n  ) {\n    triageConcern(\n      input: {\n        concernId: $concernId\n        severity: $severity\n        actionsTaken: $actionsTaken\n        outcome: $outcome\n        close: $close\n        pauseMatch: $pauseMatch\n        suspendVolunteer: $suspendVolunteer\n      }\n    ) {\n      ...ConcernFields\n    }\n  }\n"): (typeof documents)["\n  mutation TriageConcern(\n    $concernId: ID!\n    $severity: ConcernSeverity!\n    $actionsTaken: String\n    $outcome: String\n    $close: Boolean\n    $pauseMatch: Boolean\n    $suspendVolunteer: Boolean\n  ) {\n    triageConcern(\n      input: {\n        concernId: $concernId\n        severity: $severity\n        actionsTaken: $actionsTaken\n        outcome: $outcome\n        close: $close\n        pauseMatch: $pauseMatch\n        suspendVolunteer: $suspendVolunteer\n      }\n    ) {\n      ...ConcernFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSafeguardingPause($matchId: ID, $volunteerId: ID, $note: String!) {\n    liftSafeguardingPause(input: { matchId: $matchId, volunteerId: $volunteerId, note: $note })\n  }\n"): (typeof documents)["\n  mutation LiftSafeguardingPause($matchId: ID, $volunteerId: ID, $note: String!) {\n    liftSafeguardingPause(input: { matchId: $matchId, volunteerId: $volunteerId, note: $note })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AboutMeFields on AboutMe {\n    name\n    whatMattersToMe\n    volunteerGender\n    preferredLanguages\n    otherPreferences\n    profile {\n      interests\n      accessNeeds\n      contactModes\n      languages\n      availabilityMask\n      weeklyAvailability {\n        day\n        part\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    contact {\n      phone\n      email\n      address\n      preferredContact\n    }\n  }\n"): (typeof documents)["\n  fragment AboutMeFields on AboutMe {\n    name\n    whatMattersToMe\n    volunteerGender\n    preferredLanguages\n    otherPreferences\n    profile {\n      interests\n      accessNeeds\n      contactModes\n      languages\n      availabilityMask\n      weeklyAvailability {\n        day\n        part\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    contact {\n      phone\n      email\n      address\n      preferredContact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupportRequestFields on SupportRequest {\n    id\n    kind\n    status\n    closedReason\n    activityId\n    activityTitle\n    sessionStartsAt\n    contactModes\n    notes\n    createdAt\n    queue {\n      position\n      ahead\n      inQueue\n      inWords\n      typicalWaitInWords\n    }\n  }\n"): (typeof documents)["\n  fragment SupportRequestFields on SupportRequest {\n    id\n    kind\n    status\n    closedReason\n    activityId\n    activityTitle\n    sessionStartsAt\n    contactModes\n    notes\n    createdAt\n    queue {\n      position\n      ahead\n      inQueue\n      inWords\n      typicalWaitInWords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFields on Consent {\n    id\n    purpose\n    lawfulBasis\n    specialCategoryCondition\n    agreedWords\n    agreedOn\n    recordedOnBehalf\n    recordedByName\n    recordedAt\n    withdrawnAt\n  }\n"): (typeof documents)["\n  fragment ConsentFields on Consent {\n    id\n    purpose\n    lawfulBasis\n    specialCategoryCondition\n    agreedWords\n    agreedOn\n    recordedOnBehalf\n    recordedByName\n    recordedAt\n    withdrawnAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupport {\n    mySupport {\n      scheme {\n        id\n        name\n      }\n      aboutMe {\n        ...AboutMeFields\n      }\n      requests {\n        ...SupportRequestFields\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupport {\n    mySupport {\n      scheme {\n        id\n        name\n      }\n      aboutMe {\n        ...AboutMeFields\n      }\n      requests {\n        ...SupportRequestFields\n      }\n      consents {\n        ...ConsentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) {\n    updateMyAboutMe(input: $input) {\n      aboutMe {\n        ...AboutMeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) {\n    updateMyAboutMe(input: $input) {\n      aboutMe {\n        ...AboutMeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskForSupport($input: AskForSupportInput!) {\n    askForSupport(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskForSupport($input: AskForSupportInput!) {\n    askForSupport(input: $input) {\n      ...SupportRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMyRequest($requestId: ID!) {\n    withdrawMyRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMyRequest($requestId: ID!) {\n    withdrawMyRequest(requestId: $requestId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMyConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMyConsent($consentId: ID!) {\n    withdrawMyConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanionActivities($schemeId: ID!) {\n    activities(input: { schemeId: $schemeId, first: 50 }) {\n      results {\n        activity {\n          id\n          title\n          venue {\n            name\n            town\n          }\n          nextSessions {\n            startsAt\n            summary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanionActivities($schemeId: ID!) {\n    activities(input: { schemeId: $schemeId, first: 50 }) {\n      results {\n        activity {\n          id\n          title\n          venue {\n            name\n            town\n          }\n          nextSessions {\n            startsAt\n            summary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeekerRecordFields on Seeker {\n    id\n    hasAccount\n    lastContactedAt\n    scheme {\n      id\n      name\n    }\n    aboutMe {\n      ...AboutMeFields\n    }\n    referral {\n      route\n      referredByName\n      at\n    }\n    requests {\n      ...SupportRequestFields\n    }\n    consents {\n      ...ConsentFields\n    }\n    contacts {\n      id\n      contactedAt\n      method\n      note\n      recordedByName\n    }\n  }\n"): (typeof documents)["\n  fragment SeekerRecordFields on Seeker {\n    id\n    hasAccount\n    lastContactedAt\n    scheme {\n      id\n      name\n    }\n    aboutMe {\n      ...AboutMeFields\n    }\n    referral {\n      route\n      referredByName\n      at\n    }\n    requests {\n      ...SupportRequestFields\n    }\n    consents {\n      ...ConsentFields\n    }\n    contacts {\n      id\n      contactedAt\n      method\n      note\n      recordedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Seeker($id: ID!) {\n    seeker(id: $id) {\n      ...SeekerRecordFields\n    }\n  }\n"): (typeof documents)["\n  query Seeker($id: ID!) {\n    seeker(id: $id) {\n      ...SeekerRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WaitingList($schemeId: ID!) {\n    waitingList(schemeId: $schemeId) {\n      seekerId\n      name\n      lastContactedAt\n      request {\n        ...SupportRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WaitingList($schemeId: ID!) {\n    waitingList(schemeId: $schemeId) {\n      seekerId\n      name\n      lastContactedAt\n      request {\n        ...SupportRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReferPerson($input: ReferPersonInput!) {\n    referPerson(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReferPerson($input: ReferPersonInput!) {\n    referPerson(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordContact($input: RecordContactInput!) {\n    recordContact(input: $input) {\n      ...SeekerRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VolunteerFields on Volunteer {\n    id\n    displayName\n    email\n    capacity\n    gender\n    ageBand\n    offers\n    applicationSentOn\n    approvedOn\n    approvedBy\n    paused\n    pausedOn\n    pauseReason\n    scheme {\n      id\n      name\n    }\n    skills {\n      skill\n      confirmed\n      confirmedOn\n      confirmedBy\n    }\n    profile {\n      interests\n      contactModes\n      languages\n      availabilityMask\n      specificTimes {\n        date\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    vetting {\n      stage\n      nextStep\n      nextActor\n      eligibleForNewMatches\n      approvalNeeds\n      steps {\n        step\n        status\n      }\n    }\n    references {\n      id\n      refereeName\n      relationship\n      contact\n      status\n      receivedOn\n      receivedBy\n      verifiedOn\n      verifiedBy\n    }\n    dbsCheck {\n      level\n      issuedOn\n      recheckDueOn\n      certificateEnding\n      current\n      recordedBy\n      recordedOn\n    }\n    training {\n      module\n      completedOn\n      recordedBy\n    }\n  }\n"): (typeof documents)["\n  fragment VolunteerFields on Volunteer {\n    id\n    displayName\n    email\n    capacity\n    gender\n    ageBand\n    offers\n    applicationSentOn\n    approvedOn\n    approvedBy\n    paused\n    pausedOn\n    pauseReason\n    scheme {\n      id\n      name\n    }\n    skills {\n      skill\n      confirmed\n      confirmedOn\n      confirmedBy\n    }\n    profile {\n      interests\n      contactModes\n      languages\n      availabilityMask\n      specificTimes {\n        date\n      }\n      postcode\n      area\n      travelRadiusKm\n    }\n    vetting {\n      stage\n      nextStep\n      nextActor\n      eligibleForNewMatches\n      approvalNeeds\n      steps {\n        step\n        status\n      }\n    }\n    references {\n      id\n      refereeName\n      relationship\n      contact\n      status\n      receivedOn\n      receivedBy\n      verifiedOn\n      verifiedBy\n    }\n    dbsCheck {\n      level\n      issuedOn\n      recheckDueOn\n      certificateEnding\n      current\n      recordedBy\n      recordedOn\n    }\n    training {\n      module\n      completedOn\n      recordedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVolunteering {\n    myVolunteering {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  query MyVolunteering {\n    myVolunteering {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyVolunteerProfile($volunteerId: ID!, $input: VolunteerProfileInput!) {\n    updateMyVolunteerProfile(volunteerId: $volunteerId, input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {\n    addMyReferees(volunteerId: $volunteerId, referees: $referees) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMyReferees($volunteerId: ID!, $referees: [RefereeInput!]!) {\n    addMyReferees(volunteerId: $volunteerId, referees: $referees) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyReferee($referenceId: ID!) {\n    removeMyReferee(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMyReferee($referenceId: ID!) {\n    removeMyReferee(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMyVolunteerApplication($volunteerId: ID!) {\n    sendMyVolunteerApplication(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMyVolunteerApplication($volunteerId: ID!) {\n    sendMyVolunteerApplication(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {\n    pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation PauseMyVolunteering($volunteerId: ID!, $reason: String) {\n    pauseMyVolunteering(volunteerId: $volunteerId, reason: $reason) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeMyVolunteering($volunteerId: ID!) {\n    resumeMyVolunteering(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeMyVolunteering($volunteerId: ID!) {\n    resumeMyVolunteering(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VettingQueue($schemeId: ID!) {\n    vettingQueue(schemeId: $schemeId) {\n      id\n      displayName\n      area\n      stage\n      nextStep\n      waitingSince\n      paused\n    }\n  }\n"): (typeof documents)["\n  query VettingQueue($schemeId: ID!) {\n    vettingQueue(schemeId: $schemeId) {\n      id\n      displayName\n      area\n      stage\n      nextStep\n      waitingSince\n      paused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  query Volunteer($id: ID!) {\n    volunteer(id: $id) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReference($referenceId: ID!) {\n    recordReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReference($referenceId: ID!) {\n    recordReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyReference($referenceId: ID!) {\n    verifyReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyReference($referenceId: ID!) {\n    verifyReference(referenceId: $referenceId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDbsCheck($input: DbsCheckInput!) {\n    recordDbsCheck(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDbsCheck($input: DbsCheckInput!) {\n    recordDbsCheck(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordTraining($input: TrainingInput!) {\n    recordTraining(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVolunteer($volunteerId: ID!) {\n    approveVolunteer(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveVolunteer($volunteerId: ID!) {\n    approveVolunteer(volunteerId: $volunteerId) {\n      ...VolunteerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {\n    confirmVolunteerSkill(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmVolunteerSkill($input: SkillConfirmationInput!) {\n    confirmVolunteerSkill(input: $input) {\n      ...VolunteerFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;