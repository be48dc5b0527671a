import { browser } from 'wxt/browser';
import { anyKeptInStep } from '@/lib/store/keepInStep';
import { isKeepInStepChanged, releaseBoards } from '@/lib/app/keepInStep/messages';

/**
 * The background service worker's part of keeping boards in step (issue 19):
 * only whether the offscreen document that holds them (entrypoints/offscreen)
 * should exist. WebRTC cannot run in a service worker; an offscreen document
 * made with the reason `WEB_RTC` can, and Chrome sets it no lifetime limit
 * (only `AUDIO_PLAYBACK` documents are closed when idle). It exists while at
 * least one board is kept in step and is closed when none is. It reads the
 * board rows with plain IndexedDB and imports no Dexie, no yjs, no board
 * code: the worker stays small (docs/architecture.md, "The background").
 */

const OFFSCREEN_PAGE = '/offscreen.html';

/**
 * While a board is kept in step, the worker looks again this often: Chrome
 * says nothing when an offscreen document's page crashes (or is killed to
 * free memory), so without it the boards would stay out of step until the
 * browser restarts. A look is one IndexedDB read and one `getContexts`.
 */
export const KEEP_IN_STEP_ALARM = 'keep-in-step';
const LOOK_AGAIN_MINUTES = 5;

/** How long the offscreen document may take to close its boards before it is closed anyway. */
const RELEASE_MS = 5000;

/**
 * Registers what wakes the worker to look (at its top level, so each event
 * starts it: browser start, install or update, a page's change, and its own
 * alarm every 5 minutes while a board is kept) and looks
 * once now, which also brings back a document that went away while the
 * worker slept. A no-op without `offscreen` (Firefox).
 */
export function keepBoardsInStep(): void {
  // Firefox has no offscreen documents: its sidebar keeps boards in step while open (entrypoints/sidepanel/main.tsx).
  if (!browser.offscreen) return;
  const look = () =>
    void followKeepInStep().catch((error: unknown) => console.error('Common Ground: could not keep boards in step', error));
  browser.runtime.onStartup.addListener(look);
  browser.runtime.onInstalled.addListener(look);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isKeepInStepChanged(message)) look();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KEEP_IN_STEP_ALARM) look();
  });
  look();
}

let queue: Promise<void> = Promise.resolve();

/** Creates or closes the offscreen document to match the board rows. Looks one at a time: two at once would create it twice. */
export function followKeepInStep(): Promise<void> {
  queue = queue.then(look, look);
  return queue;
}

async function look(): Promise<void> {
  const wanted = await anyKeptInStep(indexedDB);
  const exists = (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
  // Made only when missing: making it again would put its next run off.
  if (wanted && !(await browser.alarms.get(KEEP_IN_STEP_ALARM))) {
    await browser.alarms.create(KEEP_IN_STEP_ALARM, { periodInMinutes: LOOK_AGAIN_MINUTES });
  } else if (!wanted) await browser.alarms.clear(KEEP_IN_STEP_ALARM);
  if (wanted && !exists) {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['WEB_RTC'],
      // not-ui: Chrome and its store's reviewers read this; the panel never shows it.
      justification: 'Keeps the boards a person chose to keep in step connected to the others while the browser is open.',
    });
  } else if (!wanted && exists) {
    await release();
    await browser.offscreen.closeDocument();
  }
}

/** Asks the offscreen document to close its boards, waiting at most RELEASE_MS. */
async function release(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((done) => (timer = setTimeout(done, RELEASE_MS)));
  try {
    await Promise.race([browser.runtime.sendMessage(releaseBoards()), timeout]);
  } catch (error) {
    // No page answered (the document was already going): close it all the same.
    console.warn('Common Ground: the offscreen document did not close its boards', error);
  } finally {
    clearTimeout(timer);
  }
}
