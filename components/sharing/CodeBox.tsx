import { Show, createSignal, type JSX } from 'solid-js';
import { t } from '@/lib/i18n/messages';
import { primaryChord } from '@/lib/i18n/platform';

/**
 * A code to paste into the chat the people already share (an invite, a
 * pairing or a reply code): read-only, selected on focus, with a copy
 * button, and for an invite a second one that copies it inside a short
 * message (`message`). If the browser refuses the clipboard, the code is
 * selected so the copy shortcut (Ctrl+C, or ⌘C on macOS) works.
 */
export function CodeBox(props: {
  label: string;
  value: string;
  copyLabel: string;
  message?: { label: string; text: string };
  children?: JSX.Element;
  actions?: JSX.Element;
}) {
  const [copied, setCopied] = createSignal<string | null>(null);
  let box: HTMLTextAreaElement | undefined;
  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(done);
    } catch {
      box?.select();
      setCopied(t.sharing.copyRefused(primaryChord('C')));
    }
  };
  return (
    <>
      <label>
        {props.label}
        <textarea ref={box} class="invite-code" readOnly rows={3} value={props.value} onFocus={(event) => event.currentTarget.select()} />
      </label>
      {props.children}
      <div class="actions">
        <Show when={props.message}>
          {(message) => (
            <button type="button" class="primary" onClick={() => void copy(message().text, t.sharing.copiedInvitation)}>
              {message().label}
            </button>
          )}
        </Show>
        <button type="button" classList={{ primary: !props.message }} onClick={() => void copy(props.value, t.sharing.copied)}>
          {props.copyLabel}
        </button>
        {props.actions}
      </div>
      <Show when={copied()}>{(text) => <p role="status">{text()}</p>}</Show>
    </>
  );
}
