import { TIME_BANDS, type GapGroup, type RecruitSuggestion, type RequestGap } from '@kindred/shared';
import type { GapPicture } from './gap.service.js';
import { GapAreaView, GapGroupView, GapPictureView, RecruitSuggestionView, WaitingGapView } from './gap.types.js';

// Each view is built field by field, so nothing of a person (their id, name, postcode or home) can slip through.

const group = (g: GapGroup): GapGroupView => ({
  key: g.key,
  label: g.label,
  people: g.people,
  none: g.none,
  few: g.few,
  medianWaitDays: g.medianWaitDays,
  longestWaitDays: g.longestWaitDays,
  waitingOver4Weeks: g.waitingOver4Weeks,
});

const waiting = (r: RequestGap): WaitingGapView => ({
  area: r.area,
  kind: r.kind,
  waitingDays: r.waitingDays,
  feasibleVolunteers: r.feasible,
  status: r.status,
  blockers: r.blockers.map((b) => ({ category: b.category, skill: b.skill ?? null, text: b.text })),
});

export function presentGapPicture(picture: GapPicture): GapPictureView {
  const { analysis, centres } = picture;
  const blockerLabels = new Map(analysis.byBlocker.map((b) => [b.key, b.label]));
  const areas: GapAreaView[] = analysis.byArea
    .filter((a) => a.key !== 'UNKNOWN')
    .map((a) => {
      // byAreaAndBlocker is sorted by people, most first.
      const top = analysis.byAreaAndBlocker.find((p) => p.area === a.key);
      const centre = centres.get(a.key);
      return {
        area: a.key,
        latitude: centre?.latitude ?? null,
        longitude: centre?.longitude ?? null,
        people: a.people,
        none: a.none,
        few: a.few,
        topBlocker: top ? (blockerLabels.get(top.blocker) ?? null) : null,
      };
    });
  return {
    computedAt: picture.computedAt,
    waiting: analysis.waiting,
    none: analysis.none,
    few: analysis.few,
    byArea: analysis.byArea.map(group),
    byBlocker: analysis.byBlocker.map(group),
    areas,
    requests: [...analysis.requests].sort((a, b) => b.waitingDays - a.waitingDays).map(waiting),
    trend: picture.trend.map((w) => ({ weekStarting: w.weekStarting, waiting: w.waiting, none: w.none, few: w.few })),
  };
}

export function presentRecruitSuggestion(s: RecruitSuggestion): RecruitSuggestionView {
  const band = s.profile.band ? TIME_BANDS.find((b) => b.id === s.profile.band) : undefined;
  return {
    key: s.key,
    kind: s.profile.kind,
    contactMode: s.profile.contactMode,
    skills: [...s.profile.skills],
    area: s.profile.area,
    band: s.profile.band,
    bandLabel: band?.label ?? null,
    language: s.profile.language,
    peopleUnblocked: s.peopleUnblocked,
    addsToAbove: s.addsToAbove,
    volunteersNeeded: s.volunteersNeeded,
    text: s.text,
  };
}
