import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import type { FirstVisitMode } from '@kindred/shared';

/** What a newcomer needs to know before their first time, which matters most to people who are nervous. */
@Embeddable()
export class FirstVisit {
  /** Null when nobody has told us: people are then asked to get in touch first. */
  @Property({ type: 'text', nullable: true })
  mode?: FirstVisitMode | null;

  @Property({ type: 'text', nullable: true })
  bookingDetails?: string | null;

  @Property({ type: 'text', nullable: true })
  whoToAsk?: string | null;

  @Property({ type: 'text', nullable: true })
  whatToExpect?: string | null;
}
