export type GroupToStart = {
  interest: string;
  interestLabel: string;
  area: string;
  people: number;
  nearestKm: number | null;
  nearestTitle: string | null;
};

/** "Todmorden Choir, about 7 km away", or that the directory has none. */
export function nearestWords(group: GroupToStart): string {
  if (group.nearestTitle === null || group.nearestKm === null) return 'None in the directory';
  return `${group.nearestTitle}, about ${group.nearestKm} km away`;
}

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

export function groupsSummary(groups: readonly GroupToStart[]): string {
  const [top] = groups;
  if (!top) return 'No group to start yet.';
  const nearest =
    top.nearestTitle === null ? `The directory has no ${top.interestLabel.toLowerCase()} activity.` : `The nearest is ${nearestWords(top)}.`;
  const others = groups.length > 1 ? ` ${groups.length - 1} more ${groups.length === 2 ? 'group' : 'groups'} below.` : '';
  return `The biggest: ${people(top.people)} in ${top.area} enjoy ${top.interestLabel.toLowerCase()}, with nothing of the kind within reach. ${nearest}${others}`;
}
