import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { DEMO_TWO_FACTOR_SECRET } from '../accounts/two-factor/demo.js';
import { codeForStep, stepAt, TOTP_PARAMETERS } from '../accounts/two-factor/totp.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Development only: the current authenticator codes of the demo staff accounts (who all share the
 * published demo key), so a person trying Kindred can sign in as a link worker without an app.
 * Mounted only with demo data, never in production.
 */
export function devTwoFactorRoutes(orm: MikroORM): Router {
  const router = Router();
  router.get('/dev/two-factor', async (_req, res, next) => {
    try {
      const accounts = await orm.em.fork().getConnection().execute<Array<{ email: string; display_name: string }>>(
        `select a.email, a.display_name from two_factor t join person_account a on a.id = t.user_id
         where t.secret = ? and t.enabled_at is not null order by a.email`,
        [DEMO_TWO_FACTOR_SECRET],
      );
      const now = Date.now();
      const step = stepAt(now);
      const secondsLeft = Math.ceil(((step + 1) * TOTP_PARAMETERS.period * 1000 - now) / 1000);
      const codeNow = codeForStep(DEMO_TWO_FACTOR_SECRET, step);
      const codeNext = codeForStep(DEMO_TWO_FACTOR_SECRET, step + 1);
      const rows = accounts
        .map((a) => `<tr><th scope="row">${escape(a.display_name)}<br><span class="email">${escape(a.email)}</span></th><td class="code">${codeNow}</td><td class="code">${codeNext}</td></tr>`)
        .join('\n');
      res.set('cache-control', 'no-store');
      res.type('html').send(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Development two-factor codes – Kindred</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:.5rem .5rem .5rem 0;vertical-align:top}.code{font:bold 1.4rem/1.2 ui-monospace,monospace;letter-spacing:.1em}.email{font-weight:normal;overflow-wrap:anywhere}a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}</style></head>
<body><main><h1>Development two-factor codes</h1>
<p>Every demo staff account shares one authenticator key, <code>${DEMO_TWO_FACTOR_SECRET}</code> (see the README). These are its codes, so you can sign in as a demo link worker, community builder or administrator without an authenticator app. This page exists only in development, with demo data.</p>
<p>The code now is good for about ${secondsLeft} more seconds. Each code works once: if you have just used it, use the next code.</p>
${rows ? `<table><caption>Codes for each demo staff account</caption><thead><tr><th scope="col">Account</th><th scope="col">Code now</th><th scope="col">Next code</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>No demo account uses the demo key.</p>'}
<p><a href="/dev/two-factor">Show the latest codes</a></p></main></body></html>`);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
