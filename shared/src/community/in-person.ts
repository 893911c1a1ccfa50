import { travelMinutes } from '../matching/constraints.js';
import type { MatchRequest, MatchVolunteer } from '../matching/types.js';
import { distanceKm } from '../place.js';
import { slotAt, slotBit } from '../vocabulary/availability.js';
import { KEY } from './gap-keys.js';

/** Meeting in person, worked out per volunteer exactly as checkPair's inPersonBlockers does. */
export class InPersonJudge {
  private readonly slotBits = new Map<number, number>();

  /**
   * For a volunteer with a home and a request with a location: DISTANCE and TIME (for a session,
   * being free to set off and at the start) as key bits, with checkPair's own travel time and the
   * London slot of each hour looked up once.
   */
  keys(request: MatchRequest, v: MatchVolunteer): number {
    const session = request.session;
    if (!session) return distanceKm(v.location!, request.location!) > Math.min(request.travelRadiusKm, v.travelRadiusKm) ? 1 << KEY.DISTANCE : 0;
    const volunteerKm = distanceKm(v.location!, session.venue);
    let keys = volunteerKm > v.travelRadiusKm || distanceKm(request.location!, session.venue) > request.travelRadiusKm ? 1 << KEY.DISTANCE : 0;
    const start = this.slotBitAt(session.startsAt.getTime());
    const setOff = this.slotBitAt(session.startsAt.getTime() - travelMinutes(volunteerKm) * 60_000);
    if (!(v.availabilityMask & start) || (setOff !== 0 && !(v.availabilityMask & setOff))) keys |= 1 << KEY.TIME;
    return keys;
  }

  /** The weekly slot bit of an instant (0 outside the grid): London is a whole number of hours from UTC, so it holds all hour. */
  private slotBitAt(ms: number): number {
    const hour = Math.floor(ms / 3_600_000);
    let bit = this.slotBits.get(hour);
    if (bit === undefined) {
      const slot = slotAt(new Date(hour * 3_600_000));
      this.slotBits.set(hour, (bit = slot ? slotBit(slot) : 0));
    }
    return bit;
  }
}
