import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A clock for the whole browser, its service worker included, that a test
 * moves forward: Chromium runs under libfaketime (Debian's `libfaketime`
 * package), which reads the offset from a file (at most once a second), so
 * writing "+15d" makes every process of the browser see a date 15 days on.
 * Playwright's own clock reaches pages only, never the service worker that
 * counts the toolbar badge. Monotonic clocks move too, so timers and alarms
 * that were waiting fall due at once.
 */
const LIBRARY = readdirSync('/usr/lib')
  .map((dir) => `/usr/lib/${dir}/faketime/libfaketimeMT.so.1`)
  .find((path) => existsSync(path));

/** Locally a missing libfaketime is announced loudly and the tests skip; under CI it is a failure. */
export function requireFaketime(): boolean {
  if (LIBRARY) return true;
  const why = 'libfaketime is not installed (apt-get install -y libfaketime; scripts/setup.sh does)';
  if (process.env.CI) throw new Error(`Clock tests cannot run: ${why}`);
  console.warn(`\n!!! SKIPPING FAKE-CLOCK TESTS: ${why} !!!\n`);
  return false;
}

export interface FakeClock {
  /** The browser's environment: give it to `launchPerson`. */
  env: Record<string, string>;
  /** Moves the browser's clock to this many days after the real one (from now on, within a second). */
  setDaysAhead(days: number): void;
}

export function makeFakeClock(dir: string): FakeClock {
  const file = join(dir, 'faketime.rc');
  const setDaysAhead = (days: number) => writeFileSync(file, `+${days}d\n`);
  setDaysAhead(0);
  return {
    env: {
      ...(process.env as Record<string, string>),
      LD_PRELOAD: LIBRARY ?? '',
      FAKETIME_TIMESTAMP_FILE: file,
      // Re-read the file at most once a second: often enough for a test, and cheap for a browser that reads the clock constantly.
      FAKETIME_CACHE_DURATION: '1',
    },
    setDaysAhead,
  };
}
