import { graphql } from '../../gql';

export const OutcomeReportQuery = graphql(`
  query OutcomeReport($schemeId: ID!, $area: String, $from: String!, $to: String!, $followUp: Int) {
    outcomeReport(schemeId: $schemeId, area: $area, from: $from, to: $to, followUp: $followUp) {
      schemeId
      area
      from
      to
      followUp
      measuredAtBaseline
      measuredAtFollowUp
      changes {
        ...MeasureChangeFields
      }
      chronic {
        baselineN
        followUpN
        chronicAtBaseline
        chronicAtFollowUp
        movedOut
        movedIn
        suppressed
      }
      swemwbsImproved
      swemwbsWorse
      swemwbsNoChange
      byArea {
        area
        measuredAtFollowUp
        suppressed
        changes {
          ...MeasureChangeFields
        }
      }
    }
  }

  fragment MeasureChangeFields on MeasureChange {
    measure
    label
    n
    suppressed
    meanBefore
    meanAfter
    meanChange
    ciLow
    ciHigh
    betterWhen
  }
`);
