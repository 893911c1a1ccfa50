import { existsSync } from 'node:fs';

/** Where Debian's Chromium lives; CHROMIUM_PATH wins. The /usr/bin wrapper prints a harmless warning. */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export const INSTALL_HINT = 'Install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.';

/** Returns the path of a Chromium binary to drive, or undefined when there is none. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
