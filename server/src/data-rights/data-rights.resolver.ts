import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { hasRoleIn } from '../accounts/policy.js';
import { presentScheme } from '../accounts/viewer.presenter.js';
import { AllowRoles, SignedIn } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import { presentConsent } from '../seekers/seeker.presenter.js';
import { ErasePersonInput, EraseMeInput, MyConsentView, PersonRefInput } from './data-rights.types.js';
import { eraseMe, erasePerson, type ErasureDeps } from './erasure.service.js';
import { exportMyData, exportPersonData } from './export.service.js';
import { myConsents } from './my-consents.service.js';

const viewerOf = (ctx: KindredContext) => {
  if (!ctx.viewer) throw notSignedIn();
  return ctx.viewer;
};

const erasureDeps = (ctx: KindredContext): ErasureDeps => ({ em: ctx.em, app: ctx.app, clientAddress: ctx.clientAddress });

/** A person's rights over their data (UK GDPR): seeing their consents, a copy of their data, and erasure. */
@Resolver()
export class DataRightsResolver {
  @Query(() => [MyConsentView], { description: 'Every consent recorded for you, in every scheme, withdrawn ones included' })
  @SignedIn()
  async myConsents(@Ctx() ctx: KindredContext): Promise<MyConsentView[]> {
    const viewer = viewerOf(ctx);
    return (await myConsents(ctx.em, viewer)).map((consent) =>
      Object.assign(new MyConsentView(), {
        scheme: presentScheme(consent.scheme),
        consent: presentConsent(consent),
        withdrawnByName: consent.withdrawnBy?.displayName ?? null,
        canWithdraw: !consent.withdrawnAt && hasRoleIn(viewer, consent.scheme.id, 'SEEKER'),
      }),
    );
  }

  @Mutation(() => String, { description: 'Everything Kindred holds about you, as one JSON document' })
  @SignedIn()
  exportMyData(@Ctx() ctx: KindredContext): Promise<string> {
    return exportMyData(ctx.em, viewerOf(ctx));
  }

  @Mutation(() => String, { description: 'What your schemes hold about one person, as one JSON document (recorded in the audit log)' })
  @AllowRoles('LINK_WORKER', 'ADMIN')
  exportPersonData(@Arg('input') input: PersonRefInput, @Ctx() ctx: KindredContext): Promise<string> {
    return exportPersonData(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => Boolean, { description: 'Erases your account and everything about you, keeping only anonymous figures, and signs you out everywhere' })
  @SignedIn()
  async eraseMe(@Arg('input') input: EraseMeInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    await eraseMe(erasureDeps(ctx), viewerOf(ctx), input);
    ctx.cookie?.clear();
    ctx.viewer = null;
    return true;
  }

  @Mutation(() => Boolean, { description: 'Erases what your schemes hold about one person, keeping only anonymous figures (administrators)' })
  @AllowRoles('ADMIN')
  async erasePerson(@Arg('input') input: ErasePersonInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    await erasePerson(erasureDeps(ctx), viewerOf(ctx), input);
    return true;
  }
}
