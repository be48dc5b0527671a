import { Show, createSignal, onMount } from 'solid-js';
import { ROLE_MEANING, ROLE_NAMES } from '@/lib/board/agreement/roles';
import { createFormSubmit } from '@/components/common/formSubmit';
import { useApp } from '@/components/common/context';
import { YourNameField, saveAskedName } from '@/components/settings/YourNameField';
import { FormEnd } from '@/components/common/FormEnd';
import { AddressNotice } from '@/components/sharing/AddressNotice';

/** Paste an invite code to join a board someone shared. */
export function JoinForm(props: { onCancel: () => void }) {
  const app = useApp();
  const needsName = !app.device().displayName;
  let codeInput: HTMLTextAreaElement | undefined;
  // What the pasted code would join, shown before joining (the role above all).
  const [pasted, setPasted] = createSignal('');
  const preview = () => {
    const invite = pasted().trim() ? app.library.previewInvite(pasted()) : null;
    return invite?.ok ? invite.value : null;
  };
  onMount(() => codeInput?.focus());

  const { submit, error, busy } = createFormSubmit(async (form) => {
    const named = await saveAskedName(app, form);
    if ('error' in named) return named.error;
    const joined = await app.library.joinBoard(String(form.get('code') ?? ''));
    if (!joined.ok) return joined.error;
    app.navigate({ view: 'board', boardId: joined.value });
  }, 'could not join a board');

  return (
    <form class="card form" onSubmit={submit} aria-label="Join a board">
      <AddressNotice sentence={() => app.library.whoLearnsAddress({ code: pasted() })} dependsOn={pasted} />
      <label>
        Invite code
        <textarea
          ref={codeInput}
          name="code"
          rows={3}
          required
          autocomplete="off"
          spellcheck={false}
          aria-describedby="join-preview"
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </label>
      <p class="help" id="join-preview" aria-live="polite">
        <Show
          when={preview()}
          fallback="Paste the code the other person sent you: an invite code (it starts with “CG2-”, or “CG1-” if it is older) or a pairing code (“CGP1-”)."
        >
          {(invite) => (
            <>
              {/* A short code may have had no room for the board's name: it arrives with the board. */}
              You are joining {invite().title ? `“${invite().title}”` : 'a shared board'} as{' '}
              <strong>{ROLE_NAMES[invite().role].toLowerCase()}</strong>. {ROLE_MEANING[invite().role]}
              <Show when={invite().direct}>
                {' '}
                This is a pairing code: you will connect directly with the person who sent it, with no server in between. After you join,
                you get a reply code to send back to them.
              </Show>
            </>
          )}
        </Show>
      </p>
      <YourNameField shown={needsName} id="join-name-help" />
      <FormEnd error={error()} busy={busy()} submit="Join" leave="Cancel" onLeave={() => props.onCancel()} />
    </form>
  );
}
