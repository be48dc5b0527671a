import { describeConnection, type ConnectionStatus } from '../lib/sync/connectionStatus';

/** How this board is connected, in words; announced politely when it changes. */
export function ConnectionBar(props: { status: ConnectionStatus }) {
  return (
    <p role="status" aria-label="Connection" class="connection" data-connection={props.status.kind}>
      <span class="connection-dot" aria-hidden="true" />
      {describeConnection(props.status)}
    </p>
  );
}
