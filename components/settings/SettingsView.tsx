import { For, Show, createEffect, createResource, createSignal, onMount } from 'solid-js';
import { PERSON_COLOURS, preferredColour } from '@/lib/board/people/colours';
import { lookOfSlot } from '@/lib/board/people/looks';
import { DEFAULT_SIGNALING, formatIceLines, type SignalingMode } from '@/lib/sync/room/netSettings';
import { signalingHost } from '@/lib/sync/whoLearns';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';
import { formatList } from '@/lib/i18n/format';
import { LanguageField, saveLanguage } from '@/components/settings/LanguageField';
import { PersonMark } from '@/components/common/PersonMark';
import { ReminderSetting } from '@/components/settings/ReminderSetting';
import { KeepInStepSetting } from '@/components/settings/KeepInStepSetting';

/** The signaling choices, in the order of the radios under `Which signaling servers to use` (their words: t.settings.signalingChoices). */
const SIGNALING_MODES: readonly SignalingMode[] = ['defaults', 'practice', 'list'];

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
    if (!saved.ok) return setMessage({ text: t.settings.yourNameProblem(saved.error), error: true });
    const colour = await app.library.saveColour(String(form.get('colour') ?? ''));
    if (!colour.ok) return setMessage({ text: t.settings.yourColourProblem(colour.error), error: true });
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
    setMessage({ text: t.settings.saved, error: false });
  };

  return (
    <main class="view">
      <header class="bar">
        <button type="button" class="quiet" onClick={() => app.back()}>
          {t.settings.back}
        </button>
      </header>
      <h1>{t.settings.title}</h1>
      <Show when={net()} fallback={<p class="loading">{t.settings.loading}</p>}>
        {(current) => (
          <form class="card form" onSubmit={save}>
            <LanguageField />
            <label>
              {t.settings.yourName}
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
              <legend>{t.settings.yourColour}</legend>
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
            <p class="help">{t.settings.colourHelp}</p>
            <fieldset class="server-choice" aria-describedby="signaling-help">
              <legend>{t.settings.signalingLegend}</legend>
              <For each={SIGNALING_MODES}>
                {(value) => (
                  <label class="choice">
                    <input type="radio" name="signalingMode" value={value} checked={mode() === value} onChange={() => choose(value)} />
                    {t.settings.signalingChoices[value]}
                  </label>
                )}
              </For>
              <label hidden={mode() !== 'practice'}>
                {t.settings.practiceServer}
                <input
                  name="practiceServer"
                  inputmode="url"
                  // not-ui: the shape of an address, the same in every language
                  placeholder="wss://…"
                  spellcheck={false}
                  autocomplete="off"
                  value={practiceText()}
                  onInput={(event) => setPracticeText(event.currentTarget.value)}
                />
              </label>
              <label hidden={mode() === 'practice'}>
                {t.settings.signalingServers}
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
              {t.settings.signalingHelp(formatList(DEFAULT_SIGNALING.map(signalingHost)))}
            </p>
            <label>
              {t.settings.iceServers}
              <textarea name="ice" rows={2} spellcheck={false} value={formatIceLines(current().iceServers)} aria-describedby="ice-help" />
            </label>
            <p id="ice-help" class="help">
              {t.settings.iceHelp}
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
                {t.settings.saveSettings}
              </button>
            </div>
          </form>
        )}
      </Show>
      <ReminderSetting />
      <KeepInStepSetting />
    </main>
  );
}
