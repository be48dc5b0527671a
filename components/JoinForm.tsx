import { Show, createSignal, onMount } from 'solid-js';
import { useApp } from './context';
import { YourNameField, saveAskedName } from './YourNameField';

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
      const named = await saveAskedName(app, form);
      if ('error' in named) return setError(named.error);
      const joined = await app.library.joinBoard(String(form.get('code') ?? ''));
      if (!joined.ok) return setError(joined.error);
      app.navigate({ view: 'board', boardId: joined.value });
    } catch (cause) {
      console.error('Common Ground: could not join a board', cause);
      setError('The board could not be saved on this device just now. Please try again.');
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
      <YourNameField shown={needsName} id="join-name-help" />
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
