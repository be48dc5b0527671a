import { Show, createResource, createSignal, onCleanup } from 'solid-js';
import type { Connected, StartedPairing } from '@/lib/app/pairings';
import { CodeBox } from '@/components/sharing/CodeBox';
import { InviteAsField } from '@/components/sharing/InviteAsField';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { type Role } from '@/lib/board/format';
import { FormEnd } from '@/components/common/FormEnd';
import { t } from '@/lib/i18n/messages';

/**
 * `Pair without a server`: this side shows a pairing code, the other person
 * pastes it into `Join a board` and sends back a reply code, and pasting the
 * reply here connects the two devices directly. Closing the panel before
 * that cancels the pairing; once connected, the connection belongs to the
 * board and lasts until it closes.
 */
export function PairingPanel(props: { onClose: () => void }) {
  const app = useApp();
  const { board } = useBoard();
  const [role, setRole] = createSignal<Role>('partner');
  // No STUN server asked: host candidates only, for two devices on one network.
  const [onlyThisNetwork, setOnlyThisNetwork] = createSignal(false);
  const [serversNote] = createResource(
    () => ({ only: onlyThisNetwork() }),
    ({ only }) => app.library.pairingServersNote(only),
  );
  const [outcome, setOutcome] = createSignal<Connected | null>(null);
  const [connecting, setConnecting] = createSignal(false);
  const [replyError, setReplyError] = createSignal<string | null>(null);
  // A new role is a new code: every offer but the latest is withdrawn, including
  // ones still gathering their candidates when the role changed or the panel closed.
  let latest = 0;
  let closed = false;
  let current: StartedPairing | null = null;
  const [pairing] = createResource(
    () => ({ board, role: role(), only: onlyThisNetwork() }),
    async ({ board, role, only }) => {
      const mine = ++latest;
      current?.cancel();
      current = null;
      const started = await app.library.startPairing(board, role, only);
      if (!started.ok) return started;
      if (closed || mine !== latest) {
        started.value.cancel();
        return started;
      }
      current = started.value;
      return started;
    },
  );
  onCleanup(() => {
    closed = true;
    if (!outcome()?.ok) current?.cancel();
  });
  const code = () => {
    const result = pairing();
    return result?.ok ? result.value.code : null;
  };
  const problem = () => {
    const result = pairing();
    return result && !result.ok ? result.error : null;
  };

  const connect = async (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const made = pairing();
    const started = made?.ok ? made.value : null;
    if (!started || started !== current) return;
    setReplyError(null);
    const accepted = await started.accept(String(new FormData(event.currentTarget).get('reply') ?? ''));
    if (!accepted.ok) return setReplyError(accepted.error);
    setConnecting(true);
    const result = await started.connected;
    setConnecting(false);
    setOutcome(result);
  };

  return (
    <section class="card invite pairing" aria-labelledby="pairing-title">
      <h2 id="pairing-title">{t.sharing.pairTitle}</h2>
      <Show when={!outcome()?.ok}>
        <p class="help">{t.sharing.pairHelp}</p>
        <Show when={serversNote()}>{(note) => <p class="help pairing-servers">{note()}</p>}</Show>
        <label class="choice">
          <input
            type="checkbox"
            checked={onlyThisNetwork()}
            onChange={(event) => setOnlyThisNetwork(event.currentTarget.checked)}
            aria-describedby="only-this-network-help"
          />
          {t.sharing.onlyThisNetwork}
        </label>
        <p id="only-this-network-help" class="help">
          {t.sharing.onlyThisNetworkHelp}
        </p>
        <InviteAsField role={role()} onChange={setRole} />
        <Show when={problem()}>{(message) => <p role="alert">{message()}</p>}</Show>
        <Show when={code()} fallback={<Show when={!problem()}>{<p>{t.sharing.preparingPairing}</p>}</Show>}>
          {(value) => (
            <>
              <CodeBox label={t.sharing.pairingCode} value={value()} copyLabel={t.sharing.copyPairingCode} />
              <form class="form" onSubmit={(event) => void connect(event)}>
                <label>
                  {t.sharing.replyCode}
                  <textarea name="reply" rows={3} required autocomplete="off" spellcheck={false} />
                </label>
                <FormEnd
                  error={replyError() ?? (outcome() && !outcome()!.ok ? (outcome() as { error: string }).error : null)}
                  busy={connecting()}
                  submit={t.sharing.connect}
                  leave={t.sharing.close}
                  onLeave={() => props.onClose()}
                />
                <Show when={connecting()}>
                  <p role="status">{t.sharing.connecting}</p>
                </Show>
              </form>
            </>
          )}
        </Show>
      </Show>
      <Show when={outcome()?.ok ? (outcome() as { value: { phrase: string } }).value.phrase : null}>
        {(phrase) => <ConfirmWords phrase={phrase()} onClose={() => props.onClose()} />}
      </Show>
    </section>
  );
}

/** The words both people compare aloud, once a pairing connected. */
export function ConfirmWords(props: { phrase: string; onClose: () => void }) {
  return (
    <>
      <p role="status" class="confirm-words">
        {t.sharing.confirmWordsLead} <strong>{props.phrase}</strong>
      </p>
      <p class="help">{t.sharing.confirmWordsHelp}</p>
      <div class="actions">
        <button type="button" class="quiet" onClick={() => props.onClose()}>
          {t.sharing.close}
        </button>
      </div>
    </>
  );
}
