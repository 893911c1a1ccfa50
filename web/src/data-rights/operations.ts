import { graphql } from '../gql';

/** Every consent recorded for the signed-in person, in every scheme. */
export const MyDataConsentsQuery = graphql(`
  query MyDataConsents {
    myConsents {
      scheme {
        id
        name
      }
      withdrawnByName
      canWithdraw
      consent {
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
    }
  }
`);

export const MyDataWithdrawConsentMutation = graphql(`
  mutation MyDataWithdrawConsent($consentId: ID!) {
    withdrawMyConsent(consentId: $consentId) {
      id
      withdrawnAt
    }
  }
`);

export const EraseMyDataMutation = graphql(`
  mutation EraseMyData($input: EraseMeInput!) {
    eraseMe(input: $input)
  }
`);

export const ExportPersonDataMutation = graphql(`
  mutation ExportPersonData($input: PersonRefInput!) {
    exportPersonData(input: $input)
  }
`);

export const ErasePersonDataMutation = graphql(`
  mutation ErasePersonData($input: ErasePersonInput!) {
    erasePerson(input: $input)
  }
`);
