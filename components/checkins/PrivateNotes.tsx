import { Show, createResource, createSignal, onCleanup } from 'solid-js';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

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
        return { error: t.checkins.notes.readFailed };
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
      setStatus(t.checkins.notes.saved);
    } catch {
      pending ??= text;
      setStatus(t.checkins.notes.saveFailed);
    }
  };
  onCleanup(() => {
    clearTimeout(timer);
    void save();
  });

  return (
    <section class="section private-notes" aria-labelledby="notes-title">
      <h2 id="notes-title">{t.checkins.notes.title}</h2>
      <p class="hint">{t.checkins.notes.hint}</p>
      <Show when={loaded()?.error}>{(error) => <p role="alert">{error()}</p>}</Show>
      <Show when={loaded()?.text !== undefined}>
        <label class="visually-hidden" for="private-notes">
          {t.checkins.notes.label}
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
