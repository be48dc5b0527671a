import { Show, createSignal, onMount } from 'solid-js';
import { useApp } from './context';
import { NAME_HELP } from './copy';

/** Paste an invite code to join a board someone shared. */
export function JoinForm(props: { onCancel: () => void }) {
  const app = useApp();
  const needsName = !app.device().displayName;
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let codeInput: HTMLTextAreaElement | undefined;
  onMount(() => codeInput?.focus());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    try {
      if (needsName) {
        const saved = await app.library.saveDisplayName(String(form.get('yourName') ?? ''));
        if (!saved.ok) return setError(`Your name: ${saved.error}`);
        app.setDevice({ ...app.device(), displayName: saved.value });
      }
      const joined = await app.library.joinBoard(String(form.get('code') ?? ''));
      if (!joined.ok) return setError(joined.error);
      app.navigate({ view: 'board', boardId: joined.value });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form" onSubmit={submit} aria-label="Join a board">
      <label>
        Invite code
        <textarea ref={codeInput} name="code" rows={3} required autocomplete="off" spellcheck={false} />
      </label>
      <p class="help">Paste the code the other person sent you. It starts with “CG1-”.</p>
      <Show when={needsName}>
        <label>
          Your name
          <input name="yourName" required maxLength={40} autocomplete="given-name" aria-describedby="join-name-help" />
        </label>
        <p id="join-name-help" class="help">
          {NAME_HELP}
        </p>
      </Show>
      <Show when={error()}>{(message) => <p role="alert" class="problem">{message()}</p>}</Show>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>
          Join
        </button>
        <button type="button" class="quiet" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
