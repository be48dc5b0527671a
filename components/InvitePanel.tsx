import { For, Show, createResource, createSignal } from 'solid-js';
import { ROLES, ROLE_MEANING, ROLE_NAMES, type Role } from '../lib/board/roles';
import type { BoardSession } from '../lib/session/boardSession';
import { useApp } from './context';

/**
 * The invite code for this board. Asking for it shares the board (makes its
 * room and secret) and connects, so the other person can join right away.
 */
export function InvitePanel(props: { session: BoardSession; onClose: () => void }) {
  const app = useApp();
  // Therapists are usually invited by the couple, so a partner is the first suggestion.
  const [role, setRole] = createSignal<Role>('partner');
  const [code] = createResource(
    () => ({ session: props.session, role: role() }),
    ({ session, role }) => app.library.invite(session, role),
  );
  const inviteCode = () => {
    const result = code();
    return result?.ok ? result.value : null;
  };
  const inviteError = () => {
    const result = code();
    return result && !result.ok ? result.error : null;
  };
  const [copied, setCopied] = createSignal<string | null>(null);
  let box: HTMLTextAreaElement | undefined;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(inviteCode() ?? '');
      setCopied('Copied. Paste it into the chat you already share, such as your video call’s chat.');
    } catch {
      // Clipboard access can be refused; the code is selected so Ctrl+C works.
      box?.select();
      setCopied('Copying was not allowed here: the code is selected, press Ctrl+C (or Cmd+C) to copy it.');
    }
  };

  return (
    <section class="card invite" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite someone to this board</h2>
      <label>
        Invite as
        <select value={role()} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          <For each={ROLES}>{(option) => <option value={option}>{ROLE_NAMES[option]}</option>}</For>
        </select>
      </label>
      <p class="help">{ROLE_MEANING[role()]} Each code names one role, and the person sees it before joining.</p>
      <Show when={inviteError()}>{(message) => <p role="alert">{message()}</p>}</Show>
      <Show when={inviteCode()} fallback={<Show when={!inviteError()}>{<p>Preparing the invite…</p>}</Show>}>
        {(value) => (
          <>
            <label>
              Invite code
              <textarea
                ref={box}
                class="invite-code"
                readOnly
                rows={3}
                value={value()}
                onFocus={(event) => event.currentTarget.select()}
              />
            </label>
            <p class="help">
              Anyone with this code can join this board and see everything on it. Send it only to the people it is for,
              through a channel you already share, like your video call’s chat. The board itself travels directly
              between your devices, never through a server.
            </p>
            <div class="actions">
              <button type="button" class="primary" onClick={() => void copy()}>
                Copy invite code
              </button>
              <button type="button" class="quiet" onClick={() => props.onClose()}>
                Close
              </button>
            </div>
            <Show when={copied()}>{(text) => <p role="status">{text()}</p>}</Show>
          </>
        )}
      </Show>
    </section>
  );
}
