import { makeLibrary } from '@/lib/app/library';
import { keepBoardsHere } from '@/lib/app/keepInStep/keeper';
import { isReleaseBoards } from '@/lib/app/keepInStep/messages';
import { onKeeperPort } from '@/lib/app/keepInStep/runtimePort';
import { recountBadge } from '@/lib/app/reminders/recountBadge';
import { startLocale } from '@/lib/i18n/start';
import { openDatabase } from '@/lib/store/db';

// The offscreen document the background creates while any board is kept in
// step (lib/app/keepInStep/offscreenDocument.ts): it holds those boards open
// with the panel's own code, so the others' edits are saved with no panel open.
// A panel opening one of them uses this document's connection instead of
// joining the room a second time (lib/app/keepInStep/panelLink.ts).

// An edit saved here can change what is due: the background counts the badge again, as for the panel's.
// Web Locks: which boards a panel shows, so news is noted only for the others (lib/app/keepInStep/shownBoards.ts).
const library = makeLibrary(openDatabase(), { remindersChanged: recountBadge, permissions: null, locks: navigator.locks });
// The words first: a board held here names this person as the panel would (in English, should they not load).
const keeper = startLocale()
  .catch((error: unknown) => console.warn('Common Ground: the words of the chosen language did not load', error))
  .then(() => keepBoardsHere(library));

// Ports keep what panels send until the keeper is made (runtimePort.ts).
onKeeperPort((port) => void keeper.then((held) => held.attend(port)));

browser.runtime.onMessage.addListener((message: unknown, _sender, respond: (answer: boolean) => void) => {
  if (!isReleaseBoards(message)) return;
  void keeper.then((held) => held.close()).then(() => respond(true));
  // The answer comes once the boards are closed.
  return true;
});

// A newer version of the extension took the database (its boards were saved first): start again with it.
library.onReplaced(() => location.reload());
