import { createSignal, onCleanup, type Accessor } from 'solid-js';

export type Route =
  | { view: 'boards' }
  | { view: 'board'; boardId: string }
  | { view: 'settings' }
  /** A clean, read-only page of the board for printing (opened in a tab of its own). */
  | { view: 'print'; boardId: string; withNotes: boolean };

/** Hash routes, so a board can be opened directly (#/board/ID) and reload keeps the view. */
export function parseRoute(hash: string): Route {
  const board = /^#\/board\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (board?.[1]) return { view: 'board', boardId: board[1] };
  const print = /^#\/print\/([A-Za-z0-9_-]{1,64})(\?notes)?$/.exec(hash);
  if (print?.[1]) return { view: 'print', boardId: print[1], withNotes: print[2] !== undefined };
  if (hash === '#/settings') return { view: 'settings' };
  return { view: 'boards' };
}

export function routeHash(route: Route): string {
  if (route.view === 'board') return `#/board/${route.boardId}`;
  if (route.view === 'settings') return '#/settings';
  if (route.view === 'print') return `#/print/${route.boardId}${route.withNotes ? '?notes' : ''}`;
  return '#/';
}

export function createRouter(): { route: Accessor<Route>; navigate: (route: Route) => void; back: () => void } {
  const [route, setRoute] = createSignal(parseRoute(location.hash));
  const history: Route[] = [];
  const onHash = () => setRoute(parseRoute(location.hash));
  window.addEventListener('hashchange', onHash);
  onCleanup(() => window.removeEventListener('hashchange', onHash));
  return {
    route,
    navigate(next) {
      history.push(route());
      location.hash = routeHash(next);
    },
    back() {
      location.hash = routeHash(history.pop() ?? { view: 'boards' });
    },
  };
}
