import { Show } from 'solid-js';
import { describeConnection, type ConnectionStatus } from '@/lib/sync/connectionStatus';
import { t } from '@/lib/i18n/messages';

/** How this board is connected, in words; announced politely when it changes. It sits in the board's head. */
export function ConnectionBar(props: { status: ConnectionStatus }) {
  return (
    <p role="status" aria-label={t.board.connection} class="connection" data-connection={props.status.kind}>
      <span class="connection-dot" aria-hidden="true" />
      {describeConnection(props.status)}
    </p>
  );
}

/** While apart from the others, what still works: below the head, which stays small. */
export function ConnectionHelp(props: { status: ConnectionStatus }) {
  const apart = () => props.status.kind === 'offline' || props.status.kind === 'unreachable';
  return (
    <Show when={apart()}>
      <p class="help connection-help">{t.board.connectionApart}</p>
    </Show>
  );
}
