import type { CommonGroundDB } from '@/lib/store/db';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { makePairings } from '@/lib/app/pairings';
import { makeArchive, type LibraryArchive } from '@/lib/app/library/archive';
import { makeBoards, type LibraryBoards } from '@/lib/app/library/boards';
import { NO_PLATFORM, type LibraryDeps, type Platform } from '@/lib/app/library/deps';
import { makeHistory, type LibraryHistory } from '@/lib/app/library/history';
import { makeInstallNotice, type LibraryInstallNotice } from '@/lib/app/library/installNotice';
import { makeKeepInStep, type LibraryKeepInStep } from '@/lib/app/library/keepInStep';
import { makeNewFrom, type LibraryNewFrom } from '@/lib/app/library/newFrom';
import { watchReplaced } from '@/lib/app/library/replaced';
import { makeReminders, type LibraryReminders } from '@/lib/app/library/reminders';
import { makeSettings, type LibrarySettings } from '@/lib/app/library/settings';
import { makeSharing, type LibrarySharing } from '@/lib/app/library/sharing';

/**
 * Everything the panel does with the boards on this device, as one narrow
 * API. Components receive it through context and never touch Dexie or Yjs.
 * Each part lives in lib/app/library/, named after what it serves.
 */
export interface Library
  extends
    LibrarySettings,
    LibraryBoards,
    LibrarySharing,
    LibraryHistory,
    LibraryArchive,
    LibraryInstallNotice,
    LibraryReminders,
    LibraryKeepInStep,
    LibraryNewFrom {
  /**
   * Another window opened this device's boards with a newer version of the
   * database. This window saves what it has, lets go of the database, then
   * calls `listener`: it must be reloaded to keep working.
   */
  onReplaced(listener: () => void): () => void;
}

/**
 * One library per window and database: the parts share its settings, pairings and open boards.
 * `platform` is what it needs of the browser (the panel's entry point gives it).
 */
export function makeLibrary(db: CommonGroundDB, platform: Platform = NO_PLATFORM): Library {
  const openHandles = new Set<BoardHandle>();
  const onReplaced = watchReplaced({ db, openHandles });
  const settings = makeSettings(db);
  const deps: LibraryDeps = {
    db,
    loadNetSettings: settings.loadNetSettings,
    // Pairings need the network settings (for STUN and TURN).
    pairings: makePairings(db, settings.loadNetSettings),
    openHandles,
    platform,
  };
  return {
    ...settings,
    ...makeBoards(deps),
    ...makeSharing(deps),
    ...makeHistory(deps),
    ...makeArchive(deps),
    ...makeInstallNotice(db),
    ...makeReminders(deps),
    ...makeKeepInStep(deps),
    ...makeNewFrom(deps),
    onReplaced,
  };
}
