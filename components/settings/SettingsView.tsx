import { For, Show, createEffect, createResource, createSignal, onMount } from 'solid-js';
import { PERSON_COLOURS, preferredColour } from '@/lib/board/people/colours';
import { lookOfSlot } from '@/lib/board/people/looks';
import { DEFAULT_SIGNALING, formatIceLines, type SignalingMode } from '@/lib/sync/room/netSettings';
import { signalingHost, listInWords } from '@/lib/sync/whoLearns';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';
import { LanguageField, saveLanguage } from '@/components/settings/LanguageField';
import { PersonMark } from '@/components/common/PersonMark';

/** The signaling choices, as the radios `Which signaling servers to use` name them (docs/ui-contract.md). */
const SIGNALING_CHOICES: readonly [SignalingMode, string][] = [
  ['defaults', 'Common Ground’s defaults'],
  ['practice', 'Only my practice’s server'],
  ['list', 'A list of my own'],
];

/** This device's settings: the person's name, and how peers find each other. */
export function SettingsView() {
  const app = useApp();
  const [net] = createResource(() => app.library.loadNetSettings());
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  // The signaling choice and its two boxes live in signals: a box hidden for another choice keeps what was typed.
  const [mode, setMode] = createSignal<SignalingMode>('defaults');
  const [listText, setListText] = createSignal(DEFAULT_SIGNALING.join('\n'));
  const [practiceText, setPracticeText] = createSignal('');
  createEffect(() => {
    const current = net();
    if (!current) return;
    setMode(current.choice.mode);
    setListText(current.signaling.join('\n'));
    if (current.choice.mode === 'practice') setPracticeText(current.choice.server);
  });
  const choose = (chosen: SignalingMode) => {
    setMode(chosen);
    if (chosen === 'defaults') setListText(DEFAULT_SIGNALING.join('\n'));
  };
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
    const servers = await app.library.saveNetSettings({
      mode: mode(),
      signalingText: listText(),
      practiceText: practiceText(),
      iceText: String(form.get('ice') ?? ''),
    });
    if (!servers.ok) return setMessage({ text: servers.error, error: true });
    // Everything is saved; a new language opens the panel again in it.
    if (saveLanguage(String(form.get('language') ?? ''))) return location.reload();
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
            <LanguageField />
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
              {t.common.nameHelp}
            </p>
            <fieldset class="colours">
              <legend>Your colour</legend>
              <For each={PERSON_COLOURS}>
                {(colour, index) => (
                  <label class="colour-choice">
                    <input
                      type="radio"
                      name="colour"
                      value={colour.value}
                      checked={(app.device().colour ?? preferredColour(app.device().personId)) === colour.value}
                    />
                    <PersonMark colour={colour.value} marker={lookOfSlot(index()).marker} />
                    {colour.name}
                  </label>
                )}
              </For>
            </fieldset>
            <p class="help">
              Others see this colour, with its shape, beside your name and on the check-in chart, and the item you are typing in takes the
              colour. If someone on a board has it already, you get the next free one there.
            </p>
            <fieldset class="server-choice" aria-describedby="signaling-help">
              <legend>Which signaling servers to use</legend>
              <For each={SIGNALING_CHOICES}>
                {([value, words]) => (
                  <label class="choice">
                    <input type="radio" name="signalingMode" value={value} checked={mode() === value} onChange={() => choose(value)} />
                    {words}
                  </label>
                )}
              </For>
              <label hidden={mode() !== 'practice'}>
                Your practice’s server
                <input
                  name="practiceServer"
                  inputmode="url"
                  placeholder="wss://…"
                  spellcheck={false}
                  autocomplete="off"
                  value={practiceText()}
                  onInput={(event) => setPracticeText(event.currentTarget.value)}
                />
              </label>
              <label hidden={mode() === 'practice'}>
                Signaling servers
                <textarea
                  name="signaling"
                  rows={2}
                  spellcheck={false}
                  value={listText()}
                  onInput={(event) => {
                    setListText(event.currentTarget.value);
                    setMode('list');
                  }}
                />
              </label>
            </fieldset>
            <p id="signaling-help" class="help">
              A signaling server only introduces your devices to each other: it passes on encrypted connection requests for a board’s room
              and cannot read them, and it never sees the board. It does see your device’s internet address, that two devices met, and when.
              Common Ground’s defaults: {listInWords(DEFAULT_SIGNALING.map(signalingHost))}, y-webrtc’s free public server and the only
              public one still running that we know of. Many apps share it, so now and then it is full or down. Your practice’s own server
              is steadier, and with it no other is asked (your practice can run one: see the README). A list of your own is one ws:// or
              wss:// address per line.
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
