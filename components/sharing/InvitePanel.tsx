import { Show, createResource, createSignal } from 'solid-js';
import { CodeBox } from '@/components/sharing/CodeBox';
import { invitationMessage } from '@/components/sharing/invitation';
import { InviteAsField } from '@/components/sharing/InviteAsField';
import { AddressNotice } from '@/components/sharing/AddressNotice';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { type Role } from '@/lib/board/format';

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
    setResetMessage(
      'Done. The old code no longer reaches this board. Send this new code to each person who should stay; their copy of the board moves over when they paste it into “Join a board”.',
    );
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
      <h2 id="invite-title">Invite someone to this board</h2>
      <AddressNotice sentence={() => app.library.whoLearnsAddress({ board })} />
      <InviteAsField role={role()} onChange={setRole} note="Each code names one role, and the person sees it before joining." />
      <Show when={inviteError()}>{(message) => <p role="alert">{message()}</p>}</Show>
      <Show when={inviteCode()} fallback={<Show when={!inviteError()}>{<p>Preparing the invite…</p>}</Show>}>
        {(value) => (
          <>
            <CodeBox
              label="Invite code"
              value={value()}
              copyLabel="Copy invite code"
              message={{ label: 'Copy invitation', text: invitationMessage({ title: board.title(), role: role(), code: value() }) }}
              actions={
                <button type="button" class="quiet" onClick={() => props.onClose()}>
                  Close
                </button>
              }
            >
              <p class="help">
                Anyone with this code can join this board and see everything on it. Send it only to the people it is for, through a channel
                you already share, like your video call’s chat. The board itself travels directly between your devices, never through a
                server.
              </p>
            </CodeBox>
            <details class="reset-invite">
              <summary>If a code reached the wrong person</summary>
              <p class="help">
                Resetting moves this board to a new private room. The old code stops working, and anyone connected now, or holding an old
                code, is left behind: a former partner, or someone a code was passed to by mistake. What they already saw stays on their
                device; what you add from now on does not reach them.
              </p>
              <button type="button" class="small" onClick={() => setConfirmingReset(true)}>
                Reset invite
              </button>
            </details>
            <Show when={resetMessage()}>{(text) => <p role="status">{text()}</p>}</Show>
          </>
        )}
      </Show>
      <Show when={confirmingReset()}>
        <ConfirmDialog
          title="Reset the invite?"
          confirmLabel="Reset invite"
          cancelLabel="Keep the current code"
          onConfirm={() => void reset()}
          onClose={() => setConfirmingReset(false)}
        >
          <p>
            Everyone connected now is disconnected, and the current code stops working. You will get a new code to send to the people who
            should stay. Nothing on the board is deleted.
          </p>
        </ConfirmDialog>
      </Show>
    </section>
  );
}
