import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { Scheme } from '../../accounts/scheme.entity.js';
import { viewerFromSessionToken } from '../../accounts/sessions.js';
import type { AppServices } from '../../graphql/context.js';
import { ErrorCode, KindredError } from '../../graphql/errors.js';
import { readSessionToken } from '../../http/session-cookie.js';
import { outcomeReportCsv } from './report-csv.js';
import { outcomeReport } from './report.service.js';

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * GET /reports/outcomes.csv?scheme=…&from=…&to=…&area=…&followUp=…: the outcome report as a CSV
 * download, for a browser signed in with the session cookie. The same access and suppression as the
 * GraphQL query; problems come back as plain text with the status a browser understands.
 */
export function outcomeReportCsvRoutes(orm: MikroORM, app: AppServices, secureCookie: boolean): Router {
  const router = Router();
  router.get('/reports/outcomes.csv', async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const em = orm.em.fork();
      const viewer = await viewerFromSessionToken(em, readSessionToken(req.headers.cookie, secureCookie), app.sessions);
      if (!viewer) {
        res.status(401).type('text/plain').send('Sign in to download this report.');
        return;
      }
      const followUp = one(req.query.followUp);
      const report = await outcomeReport(
        { em, viewer },
        {
          schemeId: one(req.query.scheme) ?? '',
          area: one(req.query.area) ?? null,
          from: one(req.query.from) ?? '',
          to: one(req.query.to) ?? '',
          followUp: followUp === undefined || followUp === '' ? null : Number(followUp),
        },
      );
      const scheme = await em.findOneOrFail(Scheme, report.schemeId);
      const name = `outcomes-${report.from}-to-${report.to}${report.area ? `-${report.area}` : ''}-${report.followUp}-months.csv`;
      res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${name}"`);
      // The byte-order mark tells spreadsheets the file is UTF-8.
      res.send(`\uFEFF${outcomeReportCsv(report, scheme.name)}`);
    } catch (error) {
      if (error instanceof KindredError && error.extensions.code === ErrorCode.NOT_FOUND) {
        res.status(404).type('text/plain').send('Not found');
      } else if (error instanceof KindredError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
        const fields = (error.extensions.fields as Array<{ message: string }> | undefined) ?? [];
        res.status(400).type('text/plain').send(fields.map((f) => f.message).join('\n') || error.message);
      } else {
        next(error);
      }
    }
  });
  return router;
}
