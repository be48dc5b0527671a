import { For, Show, createResource, createSignal, onMount } from 'solid-js';
import { PERSON_COLOURS, colourFor } from '@/lib/board/people/colours';
import { formatIceLines } from '@/lib/sync/room/netSettings';
import { useApp } from '@/components/common/context';
import { NAME_HELP } from '@/components/common/copy';

/** This device's settings: the person's name, and how peers find each other. */
export function SettingsView() {
  const app = useApp();
  const [net] = createResource(() => app.library.loadNetSettings());
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  let nameInput: HTMLInputElement | undefined;
  onMount(() => nameInput?.focus());

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const saved = await app.library.saveDisplayName(String(form.get('yourName') ?? ''));
    if (!saved.ok) return setMessage({ text: `Your name: ${saved.error}`, error: true });
    const colour = await app.library.saveColour(String(form.get('colour') ?? ''));
    if (!colour.ok) return setMessage({ text: `Your colour: ${colour.error}`, error: true });
    app.setDevice({ ...app.device(), displayName: saved.value, colour: colour.value });
    const servers = await app.library.saveNetSettings(String(form.get('signaling') ?? ''), String(form.get('ice') ?? ''));
    if (!servers.ok) return setMessage({ text: servers.error, error: true });
    setMessage({ text: 'Saved. Boards you open from now on use these settings.', error: false });
  };

  return (
    <main class="view">
      <header class="bar">
        <button type="button" class="quiet" onClick={() => app.back()}>
          Back
        </button>
      </header>
      <h1>Settings</h1>
      <Show when={net()} fallback={<p class="loading">Loading settings…</p>}>
        {(current) => (
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
            <fieldset class="colours">
              <legend>Your colour</legend>
              <For each={PERSON_COLOURS}>
                {(colour) => (
                  <label class="colour-choice">
                    <input
                      type="radio"
                      name="colour"
                      value={colour.value}
                      checked={(app.device().colour ?? colourFor(app.device().personId)) === colour.value}
                    />
                    <span class="person-dot" style={{ 'background-color': colour.value }} aria-hidden="true" />
                    {colour.name}
                  </label>
                )}
              </For>
            </fieldset>
            <p class="help">Others see this colour beside your name and on the item you are typing in.</p>
            <label>
              Signaling servers
              <textarea
                name="signaling"
                rows={2}
                spellcheck={false}
                value={current().signaling.join('\n')}
                aria-describedby="signaling-help"
              />
            </label>
            <p id="signaling-help" class="help">
              One ws:// or wss:// address per line. A signaling server only introduces your devices to each other: it passes on encrypted
              connection requests for a board’s room and cannot read them, and it never sees the board. It can see that two devices met, and
              when. Your practice can run its own (see the README).
            </p>
            <label>
              ICE servers
              <textarea name="ice" rows={2} spellcheck={false} value={formatIceLines(current().iceServers)} aria-describedby="ice-help" />
            </label>
            <p id="ice-help" class="help">
              One per line, used by invites and by pairing without a server alike. STUN (stun:host:port) helps your devices find a direct
              path to each other; it sees your addresses, never what you write. TURN (turn:host:port username password) relays the encrypted
              connection when no direct path exists, as on some office, hotel or mobile networks: add one if connecting keeps failing. Leave
              empty to connect only within your own network.
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
        )}
      </Show>
    </main>
  );
}
