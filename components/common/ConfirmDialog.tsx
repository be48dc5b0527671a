import { onMount, type JSX } from 'solid-js';

/**
 * A modal question. The native <dialog> traps focus, closes on Escape and
 * returns focus to where it was, which is what keyboard users expect.
 */
export function ConfirmDialog(props: {
  title: string;
  children: JSX.Element;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  onMount(() => dialog?.showModal());
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="dialog-title" onClose={() => props.onClose()}>
      <h2 id="dialog-title">{props.title}</h2>
      {props.children}
      <form method="dialog" class="actions">
        <button type="button" class="danger" onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
        <button type="submit" class="quiet" autofocus>
          {props.cancelLabel}
        </button>
      </form>
    </dialog>
  );
}
