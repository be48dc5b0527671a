import { Match, Switch } from 'solid-js';
import { createBoardHandle } from '@/lib/solid/createBoardHandle';
import { BoardProblem } from '@/components/board/BoardProblem';
import { BoardView } from '@/components/board/BoardView';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

/** Opens one board for as long as it is on screen. */
export function BoardScreen(props: { boardId: string }) {
  const app = useApp();
  // eslint-disable-next-line solid/reactivity -- keyed by boardId in App: a new id is a new screen
  const opened = createBoardHandle(app.library, props.boardId, app.device());
  const board = () => {
    const current = opened();
    return current.state === 'open' ? current.board : null;
  };
  const problem = () => {
    const current = opened();
    return current.state === 'problem' ? current.problem : null;
  };
  return (
    <Switch>
      <Match when={opened().state === 'loading'}>
        <p class="loading">{t.board.openingBoard}</p>
      </Match>
      <Match when={board()} keyed>
        {(board) => <BoardView board={board} />}
      </Match>
      <Match when={problem()} keyed>
        {(problem) => <BoardProblem boardId={props.boardId} problem={problem} />}
      </Match>
    </Switch>
  );
}
