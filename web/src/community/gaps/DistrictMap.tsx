import 'leaflet/dist/leaflet.css';
import { latLngBounds, type LatLngBounds, type LatLngExpression } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { CircleMarker, MapContainer, TileLayer, Tooltip, useMap } from 'react-leaflet';

export type MapDistrict = { area: string; latitude: number; longitude: number; people: number; none: number; few: number };

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
/**
 * Where map tiles come from, fixed when the web app is built: VITE_MAP_TILES, OpenStreetMap when unset,
 * and no tiles at all when it is empty. The markers, their labels and the list work either way, and
 * so does a page whose tiles cannot be reached.
 */
const TILES: string = import.meta.env.VITE_MAP_TILES ?? OSM_TILES;
const ATTRIBUTION: string = import.meta.env.VITE_MAP_ATTRIBUTION ?? (TILES === OSM_TILES ? OSM_ATTRIBUTION : '');

// GOV.UK red for districts where someone has nobody who fits, blue where some have too few, grey where all have enough.
const NONE_COLOUR = '#b21c1c';
const FEW_COLOUR = '#1d70b8';
const ENOUGH_COLOUR = '#505a5f';

/** A district's circle grows with the area (not the radius) in proportion to the people waiting there. */
const radiusFor = (people: number, most: number) => 8 + 16 * Math.sqrt(people / Math.max(1, most));

/** Close enough to see a district's streets, no closer: the circles stand for whole districts. */
const MAX_ZOOM = 13;

type DistrictMapProps = {
  districts: readonly MapDistrict[];
  /** The district picked from the list: the map moves to it and outlines it. */
  selected: string | null;
  label: string;
};

/**
 * Postcode districts on a map, each a circle at the district's centre sized by the people waiting
 * there, with its name and number written above it. The list and the table next to it carry the
 * same figures for people who do not use the map.
 */
export function DistrictMap({ districts, selected, label }: DistrictMapProps) {
  const most = Math.max(...districts.map((d) => d.people));
  const corners = districts.map((d) => `${d.latitude},${d.longitude}`).join(' ');
  // The same districts give the same bounds, so the map is not refitted on every render.
  const bounds = useMemo(
    () => latLngBounds(corners.split(' ').map((c) => c.split(',').map(Number) as [number, number])).pad(0.3),
    [corners],
  );
  return (
    <MapContainer className="gap-map" bounds={bounds} maxZoom={MAX_ZOOM} scrollWheelZoom={false}>
      <Labelled label={label} />
      <FitOnResize bounds={bounds} selected={selected} />
      {TILES !== '' ? <TileLayer url={TILES} attribution={ATTRIBUTION} /> : null}
      {districts.map((d) => {
        const colour = d.none > 0 ? NONE_COLOUR : d.few > 0 ? FEW_COLOUR : ENOUGH_COLOUR;
        const picked = d.area === selected;
        return (
          <CircleMarker
            key={d.area}
            center={[d.latitude, d.longitude]}
            radius={radiusFor(d.people, most)}
            pathOptions={{ color: picked ? '#0b0c0c' : colour, weight: picked ? 4 : 2, fillColor: colour, fillOpacity: 0.35 }}
          >
            <Tooltip permanent direction="top" offset={[0, -radiusFor(d.people, most)]} className="gap-map__label">
              {`${d.area}: ${d.people}`}
            </Tooltip>
          </CircleMarker>
        );
      })}
      <FlyTo districts={districts} selected={selected} />
    </MapContainer>
  );
}

/** Leaflet makes its box focusable (arrow keys pan, + and − zoom): give it a role and a name. */
function Labelled({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const box = map.getContainer();
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', label);
  }, [map, label]);
  return null;
}

function FlyTo({ districts, selected }: { districts: readonly MapDistrict[]; selected: string | null }) {
  const map = useMap();
  useEffect(() => {
    const district = districts.find((d) => d.area === selected);
    if (!district) return;
    const centre: LatLngExpression = [district.latitude, district.longitude];
    map.setView(centre, Math.max(map.getZoom(), 12));
  }, [map, districts, selected]);
  return null;
}

/** When the box changes size (a phone turned, a window narrowed), every district is brought back into view. */
function FitOnResize({ bounds, selected }: { bounds: LatLngBounds; selected: string | null }) {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      map.invalidateSize();
      if (!selected) map.fitBounds(bounds);
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, bounds, selected]);
  return null;
}
