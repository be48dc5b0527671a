import { Show, createResource } from 'solid-js';
import type { AnsweredPairing } from '@/lib/app/pairings';
import { CodeBox } from '@/components/sharing/CodeBox';
import { ConfirmWords } from '@/components/sharing/PairingPanel';

/**
 * On the device that pasted a pairing code: the reply code to send back,
 * until the other person pastes it and the two devices connect.
 */
export function ReplyPanel(props: { answer: AnsweredPairing; onClose: () => void }) {
  const [connected] = createResource(() => props.answer.connected);
  const failed = () => {
    const result = connected();
    return result && !result.ok ? result.error : null;
  };
  const phrase = () => {
    const result = connected();
    return result?.ok ? result.value.phrase : null;
  };
  return (
    <section class="card invite pairing" aria-labelledby="reply-title">
      <h2 id="reply-title">
        {phrase() ? 'Check these words together' : failed() ? 'The pairing did not connect' : 'Send this reply back'}
      </h2>
      <Show when={!phrase() && !failed()}>
        <CodeBox label="Reply code" value={props.answer.replyCode} copyLabel="Copy reply code">
          <p class="help">
            Paste it into your call’s chat. You are connected as soon as the person who sent you the pairing code pastes it on their side.
          </p>
        </CodeBox>
        <p role="status">Waiting for them to paste the reply…</p>
      </Show>
      <Show when={failed()}>{(message) => <p role="alert">{message()}</p>}</Show>
      <Show when={phrase()}>{(words) => <ConfirmWords phrase={words()} onClose={() => props.onClose()} />}</Show>
    </section>
  );
}
