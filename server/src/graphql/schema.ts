import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../accounts/account.resolver.js';
import { TwoFactorResolver } from '../accounts/two-factor/two-factor.resolver.js';
import { SchemeResolver } from '../accounts/scheme.resolver.js';
import { MyVolunteeringResolver } from '../volunteers/my-volunteering.resolver.js';
import { VettingResolver } from '../volunteers/vetting.resolver.js';
import { CaseworkResolver } from '../seekers/casework.resolver.js';
import { MySupportResolver } from '../seekers/my-support.resolver.js';
import { ActivityResolver } from '../directory/activity.resolver.js';
import { OpenReferralResolver } from '../directory/open-referral/open-referral.resolver.js';
import { CheckInResolver } from '../outcomes/check-ins/check-in.resolver.js';
import { OutcomeReportResolver } from '../outcomes/reports/report.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { DataRightsResolver } from '../data-rights/data-rights.resolver.js';
import { guardRootFields } from './access.js';
import { createKindredPubSub, type KindredPubSub } from './pubsub.js';

import { SuggestMatchesResolver } from '../matching/engine/suggest.resolver.js';
import { AssignmentResolver } from '../matching/assignment/assignment.resolver.js';
import { MatchResolver } from '../matching/lifecycle/match.resolver.js';
import { NotificationResolver } from '../notifications/notification.resolver.js';
import { CapacityResolver } from '../community/capacity/capacity.resolver.js';
import { CommunityActivitiesResolver } from '../community/activities/activities.resolver.js';
import { GapResolver } from '../community/gaps/gap.resolver.js';
import { DriveResolver } from '../community/drives/drive.resolver.js';
import { PipelineResolver } from '../community/pipeline/pipeline.resolver.js';
import { MessageResolver } from '../messages/message.resolver.js';
import { ConcernResolver } from '../safeguarding/concerns/concern.resolver.js';

export const resolvers = [AccountResolver, TwoFactorResolver, SchemeResolver, MyVolunteeringResolver, VettingResolver, MySupportResolver, CaseworkResolver, ActivityResolver, OpenReferralResolver, SuggestMatchesResolver, AssignmentResolver, MatchResolver, NotificationResolver, GapResolver, DriveResolver, PipelineResolver, CapacityResolver, CommunityActivitiesResolver, CheckInResolver, OutcomeReportResolver, MessageResolver, ConcernResolver, AuditResolver, DataRightsResolver] as const;

/** The GraphQL schema, built from the resolver classes around the process's event bus. */
export async function buildKindredSchema(pubSub: KindredPubSub = createKindredPubSub()): Promise<GraphQLSchema> {
  return guardRootFields(await buildSchema({ resolvers: [...resolvers], validate: true, pubSub }));
}
