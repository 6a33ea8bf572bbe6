// Apart from support/firefox.ts so the global setup can use it without loading the test API.
import { existsSync } from 'node:fs';

export const FIREFOX_DEFAULT = '/usr/bin/firefox-esr';
export const FIREFOX_INSTALL = 'sudo apt-get install -y firefox-esr';

/** $FIREFOX_PATH when set, else Debian's firefox-esr; null when that file does not exist. */
export function findFirefox(): string | null {
  const path = process.env.FIREFOX_PATH || FIREFOX_DEFAULT;
  return existsSync(path) ? path : null;
}
