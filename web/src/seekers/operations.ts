import { graphql } from '../gql';

/** A person's answers about themself, as they and their scheme's staff see them. */
export const AboutMeFields = graphql(`
  fragment AboutMeFields on AboutMe {
    name
    whatMattersToMe
    volunteerGender
    preferredLanguages
    otherPreferences
    profile {
      interests
      accessNeeds
      contactModes
      languages
      availabilityMask
      weeklyAvailability {
        day
        part
      }
      postcode
      area
      travelRadiusKm
    }
    contact {
      phone
      email
      address
      preferredContact
    }
  }
`);

export const SupportRequestFields = graphql(`
  fragment SupportRequestFields on SupportRequest {
    id
    kind
    status
    closedReason
    activityId
    activityTitle
    sessionStartsAt
    contactModes
    notes
    createdAt
    queue {
      position
      ahead
      inQueue
      inWords
      typicalWaitInWords
    }
  }
`);

export const ConsentFields = graphql(`
  fragment ConsentFields on Consent {
    id
    purpose
    lawfulBasis
    specialCategoryCondition
    agreedWords
    agreedOn
    recordedOnBehalf
    recordedByName
    recordedAt
    withdrawnAt
  }
`);

export const MySupportQuery = graphql(`
  query MySupport {
    mySupport {
      scheme {
        id
        name
      }
      aboutMe {
        ...AboutMeFields
      }
      requests {
        ...SupportRequestFields
      }
      consents {
        ...ConsentFields
      }
    }
  }
`);

export const UpdateMyAboutMeMutation = graphql(`
  mutation UpdateMyAboutMe($input: UpdateMyAboutMeInput!) {
    updateMyAboutMe(input: $input) {
      aboutMe {
        ...AboutMeFields
      }
    }
  }
`);

export const AskForSupportMutation = graphql(`
  mutation AskForSupport($input: AskForSupportInput!) {
    askForSupport(input: $input) {
      ...SupportRequestFields
    }
  }
`);

export const WithdrawMyRequestMutation = graphql(`
  mutation WithdrawMyRequest($requestId: ID!) {
    withdrawMyRequest(requestId: $requestId) {
      id
      status
    }
  }
`);

export const WithdrawMyConsentMutation = graphql(`
  mutation WithdrawMyConsent($consentId: ID!) {
    withdrawMyConsent(consentId: $consentId) {
      id
      withdrawnAt
    }
  }
`);

/** Activities a companion can be asked for, with their next sessions (the directory's own query). */
export const CompanionActivitiesQuery = graphql(`
  query CompanionActivities($schemeId: ID!) {
    activities(input: { schemeId: $schemeId, first: 50 }) {
      results {
        activity {
          id
          title
          venue {
            name
            town
          }
          nextSessions {
            startsAt
            summary
          }
        }
      }
    }
  }
`);

export const SeekerRecordFields = graphql(`
  fragment SeekerRecordFields on Seeker {
    id
    hasAccount
    lastContactedAt
    scheme {
      id
      name
    }
    aboutMe {
      ...AboutMeFields
    }
    referral {
      route
      referredByName
      at
    }
    requests {
      ...SupportRequestFields
    }
    consents {
      ...ConsentFields
    }
    contacts {
      id
      contactedAt
      method
      note
      recordedByName
    }
  }
`);

export const SeekerQuery = graphql(`
  query Seeker($id: ID!) {
    seeker(id: $id) {
      ...SeekerRecordFields
    }
  }
`);

export const WaitingListQuery = graphql(`
  query WaitingList($schemeId: ID!) {
    waitingList(schemeId: $schemeId) {
      seekerId
      name
      lastContactedAt
      request {
        ...SupportRequestFields
      }
    }
  }
`);

export const ReferPersonMutation = graphql(`
  mutation ReferPerson($input: ReferPersonInput!) {
    referPerson(input: $input) {
      ...SeekerRecordFields
    }
  }
`);

export const RecordContactMutation = graphql(`
  mutation RecordContact($input: RecordContactInput!) {
    recordContact(input: $input) {
      ...SeekerRecordFields
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($consentId: ID!) {
    withdrawConsent(consentId: $consentId) {
      id
      withdrawnAt
    }
  }
`);
