/**
 * The browser half of two-factor.ts: whenever a page shows the sign-in code step, the code from the
 * signed-in person's authenticator is typed and sent, as they would type it from their phone. It
 * runs as a Playwright locator handler, so journeys written before two-factor sign-in still read
 * "fill email, fill password, Sign in, see Sign out".
 */
import type { Page } from 'playwright-core';
import { knowsAuthenticator, nextSignInCode } from './two-factor.ts';

/** The label of the code field on the sign-in page's second step. */
export const SIGN_IN_CODE_LABEL = 'Enter the 6-digit code from your authenticator app';

/** The email of the person signed in in this page (waiting for their code), read with the page's own cookie. */
function emailInPage(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await response.json()) as { data?: { me?: { email: string } | null } };
    return body.data?.me?.email ?? null;
  });
}

/** The label of the field the code step shows after "Use a recovery code instead". */
const RECOVERY_CODE_LABEL = 'Enter one of your recovery codes';

/**
 * Types the code whenever the code step appears in this page: a code from the app, or (when this
 * person's app codes of the moment are used up, see nextSignInCode) a recovery code, as a person
 * without a fresh code would.
 */
export async function typeSignInCodes(page: Page): Promise<void> {
  const field = page.getByLabel(SIGN_IN_CODE_LABEL, { exact: true });
  const step = page.getByRole('heading', { level: 1, name: 'Enter your sign-in code' });
  await page.addLocatorHandler(field, async () => {
    const email = await emailInPage(page);
    if (!email || !knowsAuthenticator(email)) throw new Error(`The code step appeared for ${email ?? 'nobody'}, whose authenticator the tests do not hold`);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const code = await nextSignInCode(email);
      if (/^\d{6}$/.test(code)) {
        await field.fill(code);
      } else {
        await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
        await page.getByLabel(RECOVERY_CODE_LABEL, { exact: true }).fill(code);
      }
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const outcome = await Promise.race([
        step.waitFor({ state: 'hidden', timeout: 9_000 }).then(
          () => 'accepted',
          () => 'unknown',
        ),
        page.getByRole('alert').waitFor({ state: 'visible', timeout: 9_000 }).then(
          () => 'refused',
          () => 'unknown',
        ),
      ]);
      if (outcome !== 'refused') return;
      // Refused (a code this person used outside the support): start again from the app's code.
      if (!(await field.isVisible())) await page.getByRole('button', { name: 'Use a code from your authenticator app instead' }).click();
    }
  });
}
