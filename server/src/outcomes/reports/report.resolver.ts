import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { INSIGHT_ROLES } from '../../accounts/policy.js';
import { AllowRoles } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { presentOutcomeReport } from './report.presenter.js';
import { DEFAULT_FOLLOW_UP } from './report-input.js';
import { outcomeReport } from './report.service.js';
import { OutcomeReportView } from './report.types.js';

@Resolver()
export class OutcomeReportResolver {
  @Query(() => OutcomeReportView, {
    description: 'How people’s answers changed between their baseline (completed in the period) and a follow-up; small numbers withheld',
  })
  @AllowRoles(...INSIGHT_ROLES)
  async outcomeReport(
    @Arg('schemeId', () => ID) schemeId: string,
    @Arg('area', () => String, { nullable: true, description: 'A postcode district, such as HX7' }) area: string | null,
    @Arg('from', { description: 'YYYY-MM-DD, London' }) from: string,
    @Arg('to', { description: 'YYYY-MM-DD, London, included; at most 5 years after from' }) to: string,
    @Arg('followUp', () => Int, { defaultValue: DEFAULT_FOLLOW_UP, description: 'Months after the baseline' }) followUp: number,
    @Ctx() ctx: KindredContext,
  ): Promise<OutcomeReportView> {
    return presentOutcomeReport(await outcomeReport({ em: ctx.em, viewer: ctx.viewer }, { schemeId, area, from, to, followUp }));
  }
}
