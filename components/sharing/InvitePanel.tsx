import { Show, createResource, createSignal } from 'solid-js';
import { CodeBox } from '@/components/sharing/CodeBox';
import { invitationMessage } from '@/components/sharing/invitation';
import { InviteAsField } from '@/components/sharing/InviteAsField';
import { AddressNotice } from '@/components/sharing/AddressNotice';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { type Role } from '@/lib/board/format';
import { t } from '@/lib/i18n/messages';

/**
 * The invite code for this board. Asking for it shares the board (makes its
 * room and secret) and connects, so the other person can join right away.
 */
export function InvitePanel(props: { onClose: () => void }) {
  const app = useApp();
  const { board } = useBoard();
  // Therapists are usually invited by the couple, so a partner is the first suggestion.
  const [role, setRole] = createSignal<Role>('partner');
  // Bumped by `Reset invite`: the code is made again for the new room.
  const [generation, setGeneration] = createSignal(0);
  const [code] = createResource(
    () => ({ board, role: role(), generation: generation() }),
    ({ board, role }) => app.library.invite(board, role),
  );
  const [confirmingReset, setConfirmingReset] = createSignal(false);
  const [resetMessage, setResetMessage] = createSignal<string | null>(null);
  const reset = async () => {
    setConfirmingReset(false);
    const result = await app.library.resetInvite(board);
    if (!result.ok) return setResetMessage(result.error);
    setGeneration(generation() + 1);
    setResetMessage(t.sharing.resetDone);
  };
  const inviteCode = () => {
    const result = code();
    return result?.ok ? result.value : null;
  };
  const inviteError = () => {
    const result = code();
    return result && !result.ok ? result.error : null;
  };
  return (
    <section class="card invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t.sharing.inviteTitle}</h2>
      <AddressNotice sentence={() => app.library.whoLearnsAddress({ board })} />
      <InviteAsField role={role()} onChange={setRole} note={t.sharing.inviteAsNote} />
      <Show when={inviteError()}>{(message) => <p role="alert">{message()}</p>}</Show>
      <Show when={inviteCode()} fallback={<Show when={!inviteError()}>{<p>{t.sharing.preparingInvite}</p>}</Show>}>
        {(value) => (
          <>
            <CodeBox
              label={t.sharing.inviteCode}
              value={value()}
              copyLabel={t.sharing.copyInviteCode}
              message={{ label: t.sharing.copyInvitation, text: invitationMessage({ title: board.title(), role: role(), code: value() }) }}
              actions={
                <button type="button" class="quiet" onClick={() => props.onClose()}>
                  {t.sharing.close}
                </button>
              }
            >
              <p class="help">{t.sharing.inviteHelp}</p>
            </CodeBox>
            <details class="reset-invite">
              <summary>{t.sharing.resetSummary}</summary>
              <p class="help">{t.sharing.resetHelp}</p>
              <button type="button" class="small" onClick={() => setConfirmingReset(true)}>
                {t.sharing.resetInvite}
              </button>
            </details>
            <Show when={resetMessage()}>{(text) => <p role="status">{text()}</p>}</Show>
          </>
        )}
      </Show>
      <Show when={confirmingReset()}>
        <ConfirmDialog
          title={t.sharing.resetTitle}
          confirmLabel={t.sharing.resetInvite}
          cancelLabel={t.sharing.keepCode}
          onConfirm={() => void reset()}
          onClose={() => setConfirmingReset(false)}
        >
          <p>{t.sharing.resetConfirm}</p>
        </ConfirmDialog>
      </Show>
    </section>
  );
}
