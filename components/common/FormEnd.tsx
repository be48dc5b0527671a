import { Show } from 'solid-js';

/**
 * The end of a form: what went wrong, if anything, in plain words; the
 * submit button (disabled while it works); and a quiet way out.
 */
export function FormEnd(props: { error: string | null; busy: boolean; submit: string; leave: string; onLeave: () => void }) {
  return (
    <>
      <Show when={props.error}>
        {(message) => (
          <p role="alert" class="problem">
            {message()}
          </p>
        )}
      </Show>
      <div class="actions">
        <button type="submit" class="primary" disabled={props.busy}>
          {props.submit}
        </button>
        <button type="button" class="quiet" onClick={() => props.onLeave()}>
          {props.leave}
        </button>
      </div>
    </>
  );
}
