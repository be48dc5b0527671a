import { Show, createSignal, onMount } from 'solid-js';
import { useApp } from './context';
import { NAME_HELP } from './copy';

/** This device's settings. (Signaling and ICE servers arrive with live sharing.) */
export function SettingsView() {
  const app = useApp();
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  let nameInput: HTMLInputElement | undefined;
  onMount(() => nameInput?.focus());

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('yourName') ?? '');
    const saved = await app.library.saveDisplayName(name);
    if (!saved.ok) return setMessage({ text: `Your name: ${saved.error}`, error: true });
    app.setDevice({ ...app.device(), displayName: saved.value });
    setMessage({ text: 'Saved.', error: false });
  };

  return (
    <main class="view">
      <header class="bar">
        <button type="button" class="quiet" onClick={() => app.back()}>
          Back
        </button>
      </header>
      <h1>Settings</h1>
      <form class="card form" onSubmit={save}>
        <label>
          Your name
          <input
            ref={nameInput}
            name="yourName"
            value={app.device().displayName ?? ''}
            required
            maxLength={40}
            autocomplete="given-name"
            aria-describedby="settings-name-help"
          />
        </label>
        <p id="settings-name-help" class="help">
          {NAME_HELP}
        </p>
        <Show when={message()}>
          {(shown) => (
            <p role={shown().error ? 'alert' : 'status'} classList={{ problem: shown().error }}>
              {shown().text}
            </p>
          )}
        </Show>
        <div class="actions">
          <button type="submit" class="primary">
            Save settings
          </button>
        </div>
      </form>
    </main>
  );
}
