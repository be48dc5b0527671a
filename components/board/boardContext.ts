import type { Accessor } from 'solid-js';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { BoardState } from '@/lib/solid/createBoardState';
import type { CheckInsView } from '@/lib/solid/createCheckIns';
import type { ConsentView } from '@/lib/solid/createConsent';
import type { PresenceState } from '@/lib/solid/createPresence';
import type { ReactionsView } from '@/lib/solid/createReactions';
import type { Reveal } from '@/components/common/reveal';
import { requiredContext } from '@/components/common/requiredContext';

/**
 * What the components of one open board share, made once by BoardView for
 * as long as the board is on screen. Every field is fixed for the board's
 * life; what changes is read through the signals inside them.
 */
export interface OpenBoard {
  /** The open board: every edit, undo and redo goes through it. */
  board: BoardHandle;
  /** Items and sections as signals (`createBoardState`). */
  state: BoardState;
  /** Consent, roles and revisit dates as signals (`createConsent`). */
  consent: ConsentView;
  /** Connection status, people and who is editing what (`createPresence`). */
  presence: PresenceState;
  reactions: ReactionsView;
  checkIns: CheckInsView;
  /** Big boards render in steps: anything that jumps to an item shows them all first. */
  reveal: Reveal;
  /** Says a message to screen readers (the board's polite live region). */
  announce: (message: string) => void;
  /** The board's name as shown: its title, or the name it was listed under until the first sync. */
  name: Accessor<string>;
}

/**
 * The open board, for a component under BoardView (`useBoard`). Read it once
 * at the top of the component's body: a context is found by the component's
 * owner, which event handlers and timers no longer have.
 */
export const [BoardProvider, useBoard] = requiredContext<OpenBoard>(
  'useBoard() outside an open board: only components under <BoardView> (its <BoardProvider>) can use it',
);
