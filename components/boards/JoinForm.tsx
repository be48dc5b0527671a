import { Show, createSignal, onMount } from 'solid-js';
import { ROLE_MEANING } from '@/lib/board/agreement/roles';
import { createFormSubmit } from '@/components/common/formSubmit';
import { useApp } from '@/components/common/context';
import { YourNameField, saveAskedName } from '@/components/settings/YourNameField';
import { FormEnd } from '@/components/common/FormEnd';
import { AddressNotice } from '@/components/sharing/AddressNotice';
import { t } from '@/lib/i18n/messages';
import type { Role } from '@/lib/board/format';

/** Stands for the role in the joining sentence, so the role can be shown in bold wherever the language puts it. Private use: never typed. */
const ROLE_SLOT = '\uE002';

/** "You are joining “Us” as ", then the role in bold, then ".": split around where this language places the role. */
function joiningSentence(title: string | undefined): { before: string; after: string } {
  const sentence = title ? t.boards.joiningNamed(title, ROLE_SLOT) : t.boards.joiningUnnamed(ROLE_SLOT);
  const [before = '', after = ''] = sentence.split(ROLE_SLOT);
  return { before, after };
}

/** The role as it reads inside a sentence ("as therapist or facilitator"). */
const roleInSentence = (role: Role) => t.board.roleInSentence[role];

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
    <form class="card form" onSubmit={submit} aria-label={t.boards.joinBoard}>
      <AddressNotice sentence={() => app.library.whoLearnsAddress({ code: pasted() })} dependsOn={pasted} />
      <label>
        {t.boards.inviteCode}
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
        <Show when={preview()} fallback={t.boards.pasteHelp}>
          {(invite) => {
            // A short code may have had no room for the board's name: it arrives with the board.
            const sentence = () => joiningSentence(invite().title);
            return (
              <>
                {sentence().before}
                <strong>{roleInSentence(invite().role)}</strong>
                {sentence().after} {ROLE_MEANING[invite().role]}
                <Show when={invite().direct}> {t.boards.pairingCodeNote}</Show>
              </>
            );
          }}
        </Show>
      </p>
      <YourNameField shown={needsName} id="join-name-help" />
      <FormEnd error={error()} busy={busy()} submit={t.boards.join} leave={t.boards.cancel} onLeave={() => props.onCancel()} />
    </form>
  );
}
