import { Show, createResource, createSignal, onCleanup } from 'solid-js';
import { useApp } from '@/components/common/context';

const SAVE_AFTER_MS = 400;

/** This device's own notes on the board: never in the shared board, never sent, not exported unless asked. */
export function PrivateNotes(props: { boardId: string }) {
  const app = useApp();
  const [loaded] = createResource(
    () => props.boardId,
    async (boardId) => {
      try {
        return { text: await app.library.loadNotes(boardId) };
      } catch {
        return { error: 'Your private notes could not be read from this device just now. Nothing was changed.' };
      }
    },
  );
  const [status, setStatus] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | null = null;
  const save = async () => {
    timer = undefined;
    if (pending === null) return;
    const text = pending;
    pending = null;
    try {
      await app.library.saveNotes(props.boardId, text);
      setStatus('Saved on this device only.');
    } catch {
      pending ??= text;
      setStatus('Your notes could not be saved just now. They are still here; keep this panel open and try typing again.');
    }
  };
  onCleanup(() => {
    clearTimeout(timer);
    void save();
  });

  return (
    <section class="section private-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Private notes</h2>
      <p class="hint">
        Only for you, on this device. They are not part of the shared board, never sent to anyone, and left out of exports unless you
        include them. A good place for reflections, or a therapist’s session notes.
      </p>
      <Show when={loaded()?.error}>{(error) => <p role="alert">{error()}</p>}</Show>
      <Show when={loaded()?.text !== undefined}>
        <label class="visually-hidden" for="private-notes">
          Private notes
        </label>
        <textarea
          id="private-notes"
          class="notes"
          rows={4}
          value={loaded()?.text ?? ''}
          onInput={(event) => {
            pending = event.currentTarget.value;
            setStatus('');
            clearTimeout(timer);
            timer = setTimeout(() => void save(), SAVE_AFTER_MS);
          }}
        />
        <p class="help" role="status">
          {status()}
        </p>
      </Show>
    </section>
  );
}
