import { For, Show, createEffect, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { createKeptInStep } from '@/lib/solid/createKeptInStep';
import { t } from '@/lib/i18n/messages';

/**
 * The boards this device keeps in step (issue 19), each with its own way to
 * stop, and one button for all of them: a person can see at a glance what
 * this browser keeps connected, and take it all back. Shown only where a
 * board can be kept in step (Chrome).
 */
export function KeepInStepSetting() {
  const app = useApp();
  const kept = createKeptInStep(app.library);
  const [problem, setProblem] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  let list: HTMLUListElement | undefined;
  /** The row whose button was pressed: once it has gone, the focus goes to the row now in its place (or the heading). */
  let refocusAt: number | null = null;

  createEffect(() => {
    const boards = kept.boards();
    if (refocusAt === null || !boards) return;
    // The list is drawn before this effect runs: the pressed row's button is already gone (and with the last one, the list).
    const buttons = list?.isConnected ? list.querySelectorAll('button') : [];
    (buttons[Math.min(refocusAt, buttons.length - 1)] ?? heading)?.focus();
    refocusAt = null;
  });

  const stop = (at: number, stopping: () => Promise<void>) => {
    setProblem(false);
    refocusAt = at;
    stopping().catch((error: unknown) => {
      console.error('Common Ground: could not stop keeping boards in step', error);
      refocusAt = null;
      setProblem(true);
    });
  };

  return (
    <Show when={app.library.keepInStepSupported()}>
      <section class="card kept-in-step" aria-labelledby="kept-in-step-title">
        <h2 id="kept-in-step-title" ref={heading} tabIndex={-1}>
          {t.settings.keptInStep.title}
        </h2>
        <Show when={!kept.failed()} fallback={<p role="alert">{t.settings.keptInStep.unreadable}</p>}>
          <Show when={kept.boards()}>
            {(boards) => (
              <Show when={boards().length > 0} fallback={<p>{t.settings.keptInStep.none}</p>}>
                <p class="help">{t.settings.keptInStep.about}</p>
                <ul ref={list} class="kept-list" aria-labelledby="kept-in-step-title">
                  <For each={boards()}>
                    {(board, index) => (
                      <li>
                        <span class="kept-name">{board.name}</span>
                        <button
                          type="button"
                          class="small quiet"
                          aria-label={t.settings.keptInStep.stopOne(board.name)}
                          onClick={() => stop(index(), () => app.library.setKeepInStep(board.id, false))}
                        >
                          {t.settings.keptInStep.stop}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
                <div class="actions">
                  <button type="button" onClick={() => stop(Infinity, () => app.library.stopKeepingAllInStep())}>
                    {t.settings.keptInStep.stopAll}
                  </button>
                </div>
              </Show>
            )}
          </Show>
        </Show>
        <Show when={problem()}>
          <p role="alert">{t.settings.keptInStep.stopProblem}</p>
        </Show>
      </section>
    </Show>
  );
}
