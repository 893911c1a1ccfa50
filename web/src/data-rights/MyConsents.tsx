import { CONSENT_PURPOSES } from '@kindred/shared';
import { Link } from 'react-router';
import type { MyDataConsentsQuery as Result } from '../gql/graphql';
import { conditionLabel, dateInWords, isoDateInWords, lawfulBasisLabel } from '../seekers/words';
import { SummaryList } from '../ui/SummaryList';

type MyConsent = Result['myConsents'][number];

const purposeOf = (id: string) => CONSENT_PURPOSES.find((p) => p.id === id);

/** Each consent recorded for the person: what for, on what basis, when and by whom, and whether withdrawn. */
export function MyConsents({ consents, manySchemes }: { consents: readonly MyConsent[]; manySchemes: boolean }) {
  if (consents.length === 0) return <p>Nothing has been recorded.</p>;
  return (
    <>
      {consents.map(({ consent, scheme, canWithdraw, withdrawnByName }) => {
        const purpose = purposeOf(consent.purpose);
        const label = purpose?.label ?? consent.purpose;
        return (
          <section key={consent.id} className="request-card consent-card" aria-label={label}>
            <h3 className="heading-s">{label}</h3>
            {purpose?.description ? <p>{purpose.description}</p> : null}
            <SummaryList
              rows={[
                ...(manySchemes ? [{ key: 'Scheme', value: scheme.name }] : []),
                { key: 'Agreed on', value: isoDateInWords(consent.agreedOn) },
                ...(consent.agreedWords ? [{ key: 'What was agreed', value: consent.agreedWords }] : []),
                { key: 'Lawful basis', value: lawfulBasisLabel(consent.lawfulBasis) },
                ...(consent.specialCategoryCondition ? [{ key: 'Condition', value: conditionLabel(consent.specialCategoryCondition) }] : []),
                { key: 'Recorded by', value: consent.recordedOnBehalf ? `${consent.recordedByName}, on your behalf` : 'You' },
                {
                  key: 'Status',
                  value: consent.withdrawnAt
                    ? `Withdrawn on ${dateInWords(consent.withdrawnAt)}${withdrawnByName && consent.recordedOnBehalf ? `, recorded by ${withdrawnByName}` : ''}`
                    : 'Agreed',
                },
              ]}
            />
            {canWithdraw ? (
              <p>
                <Link to={`/my-data/consents/${consent.id}/withdraw`}>
                  Withdraw<span className="visually-hidden"> your agreement: {label}</span>
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
