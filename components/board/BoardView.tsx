import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import { SECTIONS } from '@/lib/board/format';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { createBoardState } from '@/lib/solid/createBoardState';
import { createPresence } from '@/lib/solid/createPresence';
import { createConsent } from '@/lib/solid/createConsent';
import { AgreementSummary } from '@/components/board/AgreementSummary';
import { CheckIns } from '@/components/checkins/CheckIns';
import { DueForRevisit } from '@/components/items/DueForRevisit';
import { RhythmSettings } from '@/components/checkins/RhythmSettings';
import { canEdit } from '@/lib/board/agreement/roles';
import { createCheckIns } from '@/lib/solid/createCheckIns';
import { createReactions } from '@/lib/solid/createReactions';
import type { Route } from '@/lib/solid/router';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { ConnectionBar, ConnectionHelp } from '@/components/board/ConnectionBar';
import { InvitePanel } from '@/components/sharing/InvitePanel';
import { PairingPanel } from '@/components/sharing/PairingPanel';
import { ReplyPanel } from '@/components/sharing/ReplyPanel';
import { LeaveBoard } from '@/components/board/LeaveBoard';
import { PeopleList } from '@/components/board/PeopleList';
import { KeepInStep } from '@/components/board/KeepInStep';
import { useApp } from '@/components/common/context';
import { MARKS, mark } from '@/lib/util/marks';
import { createReveal } from '@/components/common/reveal';
import { ExportPanel } from '@/components/history/ExportPanel';
import { HistoryPanel } from '@/components/history/HistoryPanel';
import { PrivateNotes } from '@/components/checkins/PrivateNotes';
import { SessionBar } from '@/components/checkins/SessionBar';
import { WhatChanged } from '@/components/history/WhatChanged';
import { createChanges } from '@/lib/solid/createChanges';
import { isRedoKey, isUndoKey } from '@/components/common/keys';
import { SaveStatusBar } from '@/components/board/SaveStatusBar';
import { SectionView } from '@/components/items/SectionView';
import { BoardProvider, type OpenBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';
import { formatList } from '@/lib/i18n/format';
import { isMac, primaryChord, primaryShiftChord } from '@/lib/i18n/platform';

/** An open board: people and roles, agreements due for a revisit, its sections, check-ins, undo and redo, and whether it is saved. */
export function BoardView(props: { board: BoardHandle }) {
  const app = useApp();
  // eslint-disable-next-line solid/reactivity -- BoardScreen is keyed by board: a new board is a new view
  const { board } = props;
  const state = createBoardState(board);
  const consent = createConsent(board);
  const presence = createPresence(board, consent.people);
  const reactions = createReactions(board);
  const checkIns = createCheckIns(board);
  const [changesHidden, setChangesHidden] = createSignal(false);
  const changes = createChanges(app.library, board, () => !changesHidden());
  // One of the board's panels at a time: invite, history or export.
  // A board just joined with a pairing code opens with its reply code showing.
  const answer = app.library.answeredPairing(board.boardId);
  const [panel, setPanel] = createSignal<'invite' | 'pair' | 'reply' | 'history' | 'export' | null>(answer ? 'reply' : null);
  const inviting = () => panel() === 'invite';
  const setInviting = (open: boolean) => setPanel(open ? 'invite' : null);
  // A joined board has no title (or anything else) until the first sync.
  const awaitingSync = () => state.title() === '';
  const [announcement, setAnnouncement] = createSignal('');
  // `npm run bench` times navigation to these marks: the first screen, then every item.
  onMount(() => mark(MARKS.boardRendered));
  const reveal = createReveal(() => SECTIONS.map((section) => state.sectionIds(section).length), {
    onShown: () => mark(MARKS.boardComplete),
    onBuilt: () => mark(MARKS.boardBuilt),
  });
  const name = () => state.title() || board.listedName;
  // What the board's components share, so none is handed it through the ones above it.
  const openBoard: OpenBoard = { board, state, consent, presence, reactions, checkIns, reveal, announce: setAnnouncement, name };

  // Edits that storage refused live only in this page until a retry works:
  // leaving the board (or closing the panel) would drop them, so ask first.
  const [leaving, setLeaving] = createSignal<Route | null>(null);
  const leaveTo = (route: Route) => {
    if (state.saveStatus().kind === 'failed') setLeaving(route);
    else app.navigate(route);
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (state.saveStatus().kind !== 'saved') event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  onCleanup(() => window.removeEventListener('beforeunload', onBeforeUnload));

  // The board's head stays at the top while scrolling: whatever gets focus
  // (Tab, a jump to an item) is scrolled into view below it, not under it.
  let boardHead!: HTMLDivElement;
  const root = document.documentElement;
  const headSize = new ResizeObserver(() => root.style.setProperty('scroll-padding-top', `${boardHead.offsetHeight + 8}px`));
  onMount(() => headSize.observe(boardHead));
  onCleanup(() => {
    headSize.disconnect();
    root.style.removeProperty('scroll-padding-top');
  });

  // Undo and redo from anywhere on the board, item text boxes included:
  // cancelling the keydown here also stops the textarea's own undo, which
  // knows nothing of the shared document.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    if (isUndoKey(event)) {
      event.preventDefault();
      board.undo();
    } else if (isRedoKey(event)) {
      event.preventDefault();
      board.redo();
    }
  };

  return (
    <BoardProvider value={openBoard}>
      {/* `read-only`: an observer's board, where each item's editing tools are hidden by one rule, not one effect per item. */}
      <main class="view board" classList={{ 'read-only': !canEdit(consent.myRole()) }} onKeyDown={onKeyDown}>
        <div class="board-head" ref={boardHead}>
          <header class="bar">
            <button type="button" class="quiet" onClick={() => leaveTo({ view: 'boards' })}>
              {t.board.allBoards}
            </button>
            <span class="bar-end">
              {/* Symbols, named for screen readers and explained on hover: the head fits one line at 320 px. */}
              <button
                type="button"
                class="quiet"
                aria-label={t.board.undo}
                title={t.board.undoTitle(primaryChord('Z'))}
                aria-keyshortcuts={isMac() ? 'Meta+Z' : 'Control+Z'}
                disabled={!state.canUndo()}
                onClick={() => board.undo()}
              >
                <span aria-hidden="true">↶</span>
              </button>
              <button
                type="button"
                class="quiet"
                aria-label={t.board.redo}
                title={t.board.redoTitle(primaryShiftChord('Z'))}
                aria-keyshortcuts={isMac() ? 'Meta+Shift+Z' : 'Control+Shift+Z'}
                disabled={!state.canRedo()}
                onClick={() => board.redo()}
              >
                <span aria-hidden="true">↷</span>
              </button>
              <button type="button" class="quiet" onClick={() => leaveTo({ view: 'settings' })}>
                {t.board.settings}
              </button>
              <Show when={canEdit(consent.myRole())}>
                <button type="button" class="quiet" aria-expanded={inviting()} onClick={() => setInviting(!inviting())}>
                  {t.board.invite}
                </button>
              </Show>
            </span>
          </header>
          <h1 class="board-title">{name()}</h1>
          <ConnectionBar status={presence.status()} />
        </div>
        <ConnectionHelp status={presence.status()} />
        <Show when={presence.unreadable() > 0}>
          <p role="status" class="card help peer-notice">
            {unreadableText(presence.refusedFrom())} {t.board.unreadableNothingLost}
          </p>
        </Show>
        <Show when={consent.inviter()?.kind === 'unconfirmed'}>
          <p role="status" class="card help trust-notice">
            {t.board.inviterUnconfirmed}
          </p>
        </Show>
        <SaveStatusBar status={state.saveStatus()} onRetry={() => void board.persistence.retryNow()} />
        <Show when={inviting()}>
          <InvitePanel onClose={() => setInviting(false)} />
        </Show>
        <Show when={panel() === 'reply' && answer}>{(pending) => <ReplyPanel answer={pending()} onClose={() => setPanel(null)} />}</Show>
        <PeopleList />
        <KeepInStep />
        <SessionBar>
          <button
            type="button"
            class="small"
            aria-expanded={panel() === 'history'}
            onClick={() => setPanel(panel() === 'history' ? null : 'history')}
          >
            {t.board.history}
          </button>
          <button
            type="button"
            class="small"
            aria-expanded={panel() === 'export'}
            onClick={() => setPanel(panel() === 'export' ? null : 'export')}
          >
            {t.board.export}
          </button>
          <Show when={canEdit(consent.myRole()) && !awaitingSync()}>
            <button
              type="button"
              class="small"
              aria-expanded={panel() === 'pair'}
              onClick={() => setPanel(panel() === 'pair' ? null : 'pair')}
            >
              {t.board.pairWithoutServer}
            </button>
          </Show>
        </SessionBar>
        <Show when={panel() === 'pair'}>
          <PairingPanel onClose={() => setPanel(null)} />
        </Show>
        <Show when={panel() === 'history'}>
          <HistoryPanel onClose={() => setPanel(null)} />
        </Show>
        <Show when={panel() === 'export'}>
          <ExportPanel onClose={() => setPanel(null)} />
        </Show>
        <Show when={!changesHidden() && changes()}>{(since) => <WhatChanged since={since()} onHide={() => setChangesHidden(true)} />}</Show>
        <Show when={consent.myRole() === 'observer'}>
          <p class="card help">{t.board.observerNote}</p>
        </Show>
        <AgreementSummary />
        <RhythmSettings />
        <DueForRevisit />
        <Show when={awaitingSync()}>
          <p class="card waiting">{t.board.awaitingSync}</p>
        </Show>
        <For each={SECTIONS}>{(section) => <SectionView section={section} />}</For>
        <CheckIns />
        <PrivateNotes boardId={board.boardId} />
        <Show when={presence.status().kind !== 'not-shared'}>
          <LeaveBoard />
        </Show>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement()}
        </p>
        <Show when={leaving()}>
          {(route) => (
            <ConfirmDialog
              title={t.board.leaveUnsavedTitle}
              confirmLabel={t.board.leaveAnyway}
              cancelLabel={t.board.stayOnBoard}
              onConfirm={() => app.navigate(route())}
              onClose={() => setLeaving(null)}
            >
              <p>{t.board.leaveUnsavedText}</p>
            </ConfirmDialog>
          )}
        </Show>
      </main>
    </BoardProvider>
  );
}

/** That changes were left out, and whose they were when known ("they came from Alex"). */
function unreadableText(from: (string | null)[]): string {
  const names = from.filter((name): name is string => name !== null);
  if (from.includes(null)) names.push(t.board.unconfirmedDevice);
  return names.length === 0 ? t.board.unreadableChanges : t.board.unreadableChangesFrom(formatList(names));
}
