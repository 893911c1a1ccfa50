import { afterAll, describe, expect, it } from 'vitest';
import { startTestKindred } from '../support/kindred.ts';

const kindred = await startTestKindred();
afterAll(() => kindred.close());

describe('health checks', () => {
  it('says it is not ready when its database has gone, and is still alive', async () => {
    const orphan = await startTestKindred();
    try {
      await orphan.database.drop();
      const started = performance.now();
      const ready = await orphan.person().fetch('/readyz');
      expect(ready.status).toBe(503);
      expect(performance.now() - started, 'answers within about a second').toBeLessThan(2_000);
      expect((await orphan.person().fetch('/healthz')).status).toBe(200);
    } finally {
      await orphan.close();
    }
  });

  it('says it is alive at /healthz', async () => {
    expect((await kindred.person().fetch('/healthz')).status).toBe(200);
  });

  it('says it is ready (database reachable) at /readyz', async () => {
    expect((await kindred.person().fetch('/readyz')).status).toBe(200);
  });
});
