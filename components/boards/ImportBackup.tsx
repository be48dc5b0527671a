import { Show, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';

/** `Import backup`: a JSON backup becomes a new board, or merges into the same board if it is here. */
export function ImportBackup() {
  const app = useApp();
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null);
  let input: HTMLInputElement | undefined;

  const importFile = async (file: File) => {
    setMessage(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setMessage({ ok: false, text: t.boards.importUnreadable });
    }
    try {
      const result = await app.library.importBackup(text);
      if (!result.ok) return setMessage({ ok: false, text: t.boards.importRefused(result.error) });
      const board = await app.library.getBoard(result.value.boardId);
      const name = board?.name ?? t.boards.theBoard;
      setMessage({
        ok: true,
        text: result.value.merged ? t.boards.importMerged(name) : t.boards.importAdded(name),
      });
    } catch (cause) {
      console.error('Common Ground: could not import a backup', cause);
      setMessage({ ok: false, text: t.boards.importSaveFailed });
    }
  };

  return (
    <>
      <button type="button" onClick={() => input?.click()}>
        {t.boards.importBackup}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <Show when={message()}>
        {(shown) => (
          <p role={shown().ok ? 'status' : 'alert'} class={shown().ok ? 'help import-message' : 'problem import-message'}>
            {shown().text}
          </p>
        )}
      </Show>
    </>
  );
}
