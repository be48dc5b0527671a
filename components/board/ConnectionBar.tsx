import { Show } from 'solid-js';
import { describeConnection, type ConnectionStatus } from '@/lib/sync/connectionStatus';

/** How this board is connected, in words; announced politely when it changes. It sits in the board's head. */
export function ConnectionBar(props: { status: ConnectionStatus }) {
  return (
    <p role="status" aria-label="Connection" class="connection" data-connection={props.status.kind}>
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
      <p class="help connection-help">
        Everything here works as usual: read, edit, look back. Your edits are kept on this device and merge with the others’ when you are
        connected again.
      </p>
    </Show>
  );
}
