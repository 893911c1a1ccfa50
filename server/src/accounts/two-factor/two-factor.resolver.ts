import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SignedIn } from '../../graphql/access.js';
import type { KindredContext } from '../../graphql/context.js';
import { notSignedIn } from '../../graphql/errors.js';
import { ViewerView } from '../account.types.js';
import { presentViewer } from '../viewer.presenter.js';
import * as twoFactor from './two-factor.service.js';
import { TwoFactorSetupView } from './two-factor.types.js';

function deps(ctx: KindredContext): twoFactor.TwoFactorDeps {
  if (!ctx.viewer) throw notSignedIn();
  return { em: ctx.em, viewer: ctx.viewer, clientAddress: ctx.clientAddress, secretKey: ctx.app.twoFactorKey };
}

/** The browser gets the new, elevated session's cookie; the rest of this request acts as it. */
function keepElevated(ctx: KindredContext, elevated: twoFactor.Elevated) {
  ctx.cookie?.set(elevated.token, elevated.expiresAt);
  ctx.viewer = elevated.viewer;
}

@Resolver()
export class TwoFactorResolver {
  @Mutation(() => TwoFactorSetupView, {
    description: 'Starts setting up an authenticator app: a new key, its otpauth address and QR code. Refused once two-factor sign-in is on.',
  })
  @SignedIn()
  async startTwoFactorSetup(@Ctx() ctx: KindredContext): Promise<TwoFactorSetupView> {
    return Object.assign(new TwoFactorSetupView(), await twoFactor.startTwoFactorSetup(deps(ctx)));
  }

  @Mutation(() => [String], {
    description: 'Turns two-factor sign-in on with a code from the app, and completes this sign-in. Returns ten recovery codes, shown only this once.',
  })
  @SignedIn()
  async confirmTwoFactorSetup(@Arg('code') code: string, @Ctx() ctx: KindredContext): Promise<string[]> {
    const done = await twoFactor.confirmTwoFactorSetup(deps(ctx), code);
    keepElevated(ctx, done);
    return done.recoveryCodes;
  }

  @Mutation(() => ViewerView, { description: 'Completes a sign-in with a code from the authenticator app, or a recovery code' })
  @SignedIn()
  async verifySignInCode(@Arg('code') code: string, @Ctx() ctx: KindredContext): Promise<ViewerView> {
    const elevated = await twoFactor.verifySignInCode(deps(ctx), code);
    keepElevated(ctx, elevated);
    return presentViewer(ctx.em, elevated.viewer);
  }
}
