import { graphql } from '../gql';

export const ActivitySummaryFields = graphql(`
  fragment ActivitySummaryFields on Activity {
    id
    title
    organiserName
    interests
    isFree
    cost
    needsChecking
    lastCheckedAt
    venue {
      name
      town
      features
    }
    firstVisit {
      mode
    }
    nextSessions {
      date
      startsAt
      summary
    }
  }
`);

export const ActivityDetailFields = graphql(`
  fragment ActivityDetailFields on Activity {
    id
    schemeId
    title
    organiserName
    description
    interests
    isFree
    cost
    needsChecking
    lastCheckedAt
    lastCheckedBy
    canManage
    venue {
      name
      addressLine1
      addressLine2
      town
      postcode
      features
      accessNotes
    }
    schedules {
      frequency
      interval
      byDay {
        day
        nth
      }
      byMonthDay
      startTime
      endTime
      startsOn
      endsOn
      exceptions
      description
      summary
      dates
    }
    nextSessions {
      date
      startsAt
      summary
    }
    firstVisit {
      mode
      bookingDetails
      whoToAsk
      whatToExpect
    }
    contact {
      name
      phone
      email
      website
    }
  }
`);

export const SearchActivitiesQuery = graphql(`
  query SearchActivities($input: ActivitySearchInput!) {
    activities(input: $input) {
      totalCount
      nextCursor
      searchedFrom
      results {
        distance
        activity {
          ...ActivitySummaryFields
        }
      }
    }
  }
`);

export const ActivityQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      ...ActivityDetailFields
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($schemeId: ID!, $input: ActivityInput!) {
    createActivity(schemeId: $schemeId, input: $input) {
      ...ActivityDetailFields
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $input: ActivityInput!) {
    updateActivity(id: $id, input: $input) {
      ...ActivityDetailFields
    }
  }
`);

export const MarkActivityCheckedMutation = graphql(`
  mutation MarkActivityChecked($id: ID!) {
    markActivityChecked(id: $id) {
      id
      needsChecking
      lastCheckedAt
      lastCheckedBy
    }
  }
`);

export const RemoveActivityMutation = graphql(`
  mutation RemoveActivity($id: ID!) {
    removeActivity(id: $id)
  }
`);

export const ImportFields = graphql(`
  fragment ImportFields on OpenReferralImport {
    id
    status
    totalBytes
    receivedBytes
    recordsTotal
    recordsChecked
    recordsImported
    activitiesTotal
    created
    updated
    problemCount
    failure
    problems {
      recordType
      recordId
      recordName
      field
      message
    }
    skipped {
      recordType
      recordId
      recordName
      message
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartOpenReferralImport($input: StartOpenReferralImportInput!) {
    startOpenReferralImport(input: $input) {
      ...ImportFields
    }
  }
`);

export const AddImportPartMutation = graphql(`
  mutation AddOpenReferralImportPart($input: OpenReferralImportPartInput!) {
    addOpenReferralImportPart(input: $input) {
      id
      receivedBytes
    }
  }
`);

export const FinishImportMutation = graphql(`
  mutation FinishOpenReferralImport($importId: ID!) {
    finishOpenReferralImport(importId: $importId) {
      ...ImportFields
    }
  }
`);

export const ImportProgressQuery = graphql(`
  query OpenReferralImportProgress($id: ID!) {
    openReferralImport(id: $id) {
      ...ImportFields
    }
  }
`);

export const ExportDirectoryQuery = graphql(`
  query ExportDirectory($schemeId: ID!) {
    openReferralExport(schemeId: $schemeId)
  }
`);
