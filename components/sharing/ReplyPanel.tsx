import { Show, createResource } from 'solid-js';
import type { AnsweredPairing } from '@/lib/app/pairings';
import { CodeBox } from '@/components/sharing/CodeBox';
import { ConfirmWords } from '@/components/sharing/PairingPanel';
import { t } from '@/lib/i18n/messages';

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
      <h2 id="reply-title">{phrase() ? t.sharing.checkWords : failed() ? t.sharing.pairingFailed : t.sharing.sendReply}</h2>
      <Show when={!phrase() && !failed()}>
        <CodeBox label={t.sharing.replyCode} value={props.answer.replyCode} copyLabel={t.sharing.copyReplyCode}>
          <p class="help">{t.sharing.replyHelp}</p>
        </CodeBox>
        <p role="status">{t.sharing.waitingForReply}</p>
      </Show>
      <Show when={failed()}>{(message) => <p role="alert">{message()}</p>}</Show>
      <Show when={phrase()}>{(words) => <ConfirmWords phrase={words()} onClose={() => props.onClose()} />}</Show>
    </section>
  );
}
