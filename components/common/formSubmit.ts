import { createSignal, type Accessor } from 'solid-js';
import { t } from '@/lib/i18n/messages';

/**
 * The submit handling the panel's forms share: one submission at a time,
 * a message for what went wrong (returned by `handle` as a string), and a
 * calm message, never a crash, when storage itself fails.
 */
export function createFormSubmit(
  handle: (form: FormData) => Promise<string | void>,
  whatFailed: string,
): { submit: (event: SubmitEvent) => Promise<void>; error: Accessor<string | null>; busy: Accessor<boolean> } {
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    try {
      setError((await handle(new FormData(event.currentTarget as HTMLFormElement))) ?? null);
    } catch (cause) {
      console.error(`Common Ground: ${whatFailed}`, cause);
      setError(t.board.formSaveFailed);
    } finally {
      setBusy(false);
    }
  };
  return { submit, error, busy };
}
