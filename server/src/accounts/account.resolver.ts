import { Arg, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Public, SignedIn } from '../graphql/access.js';
import type { KindredContext } from '../graphql/context.js';
import { notSignedIn } from '../graphql/errors.js';
import * as accounts from './account.service.js';
import { RequestPasswordResetInput, ResetPasswordInput, SignInInput, SignUpInput, ViewerView } from './account.types.js';
import { endSession } from './sessions.js';
import { UserAccount } from './user.entity.js';
import { presentViewer } from './viewer.presenter.js';

function deps(ctx: KindredContext): accounts.AccountDeps {
  return { em: ctx.em, sessions: ctx.app.sessions, mailer: ctx.app.mailer, publicUrl: ctx.app.publicUrl, clientAddress: ctx.clientAddress };
}

function keepSignedIn(ctx: KindredContext, signedIn: accounts.SignedIn) {
  ctx.cookie?.set(signedIn.token, signedIn.expiresAt);
  ctx.viewer = signedIn.viewer;
  return presentViewer(ctx.em, signedIn.viewer);
}

@Resolver()
export class AccountResolver {
  @Query(() => ViewerView, { nullable: true, description: 'The signed-in person, or null when nobody is signed in' })
  @Public()
  me(@Ctx() ctx: KindredContext): Promise<ViewerView> | null {
    return ctx.viewer ? presentViewer(ctx.em, ctx.viewer) : null;
  }

  @Mutation(() => ViewerView, { description: 'Creates an account as someone looking for company or as a volunteer, and signs in' })
  @Public()
  async signUp(@Arg('input') input: SignUpInput, @Ctx() ctx: KindredContext): Promise<ViewerView> {
    return keepSignedIn(ctx, await accounts.signUp(deps(ctx), input));
  }

  @Mutation(() => ViewerView)
  @Public()
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: KindredContext): Promise<ViewerView> {
    return keepSignedIn(ctx, await accounts.signIn(deps(ctx), input));
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session. Safe to call when not signed in.' })
  @Public()
  async signOut(@Ctx() ctx: KindredContext): Promise<boolean> {
    if (ctx.viewer) await endSession(ctx.em, ctx.viewer.sessionTokenHash);
    ctx.cookie?.clear();
    ctx.viewer = null;
    return true;
  }

  @Mutation(() => Boolean, { description: 'Emails a reset link if the account exists. Answers the same either way.' })
  @Public()
  async requestPasswordReset(@Arg('input') input: RequestPasswordResetInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    await accounts.requestPasswordReset(deps(ctx), input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with an emailed link, and signs out every browser' })
  @Public()
  async resetPassword(@Arg('input') input: ResetPasswordInput, @Ctx() ctx: KindredContext): Promise<boolean> {
    await accounts.resetPassword(deps(ctx), input);
    return true;
  }

  @Subscription(() => ViewerView, {
    description: 'Tells the signed-in person when their roles change',
    subscribe: ({ context }) => {
      const ctx = context as KindredContext;
      if (!ctx.viewer) throw notSignedIn();
      return ctx.app.pubsub.subscribe('viewerUpdated', ctx.viewer.id);
    },
  })
  @SignedIn()
  async viewerUpdated(@Root() event: { userId: string }, @Ctx() ctx: KindredContext): Promise<ViewerView> {
    const user = await ctx.em.fork().findOneOrFail(UserAccount, { id: event.userId });
    return presentViewer(ctx.em.fork(), { ...user, sessionTokenHash: ctx.viewer?.sessionTokenHash });
  }
}
