import { useState } from 'react';
import type { GapPictureQuery } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { DistrictMap, type MapDistrict } from './DistrictMap';
import { lowerFirst, people } from './gap-words';

type Picture = GapPictureQuery['gapPicture'];

/**
 * The districts where people wait: a map, and beside it the same districts as a list whose buttons
 * move the map to each one (the keyboard's way round the map). The table "Waiting by area" below
 * has every figure too, so nothing depends on the map or its tiles.
 */
export function DistrictList({ picture }: { picture: Picture }) {
  const [selected, setSelected] = useState<string | null>(null);
  const districts = picture.areas.filter((a): a is MapDistrict & (typeof picture.areas)[number] => a.latitude !== null && a.longitude !== null);
  if (picture.areas.length === 0) return null;
  return (
    <section aria-labelledby="map-heading" className="gap-districts">
      <h2 id="map-heading" className="heading-m">
        Map of districts
      </h2>
      <p>Each circle is a postcode district, placed at its centre, never at anyone’s home; the bigger the circle, the more people wait there.</p>
      <div className="gap-districts__layout">
        {districts.length > 0 ? (
          <DistrictMap districts={districts} selected={selected} label="Map of the districts where people are waiting. The list beside it has the same figures." />
        ) : null}
        <ul className="gap-districts__list">
          {picture.areas.map((a) => (
            <li key={a.area} className="gap-districts__item">
              <h3 className="heading-s">{a.area}</h3>
              <p className="gap-small">
                {`${people(a.people)} waiting: ${a.none} with no volunteer who fits, ${a.few} with too few.`}
                {a.topBlocker ? ` Most often: ${lowerFirst(a.topBlocker)}.` : ''}
              </p>
              {a.latitude !== null && a.longitude !== null ? (
                <Button type="button" variant="secondary" className="gap-button-small" aria-pressed={selected === a.area} onClick={() => setSelected(a.area)}>
                  Show {a.area} on the map
                </Button>
              ) : (
                <p className="gap-small">Not on the map: its centre is not known.</p>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="visually-hidden">
        {selected ? `The map shows ${selected}.` : ''}
      </p>
    </section>
  );
}
