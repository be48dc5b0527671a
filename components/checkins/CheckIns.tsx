import { For, Show, createSignal } from 'solid-js';
import { CHECK_IN_SCALE, checkInDue } from '@/lib/board/checkins';
import { MAX_CHECK_IN_TEXT_LENGTH } from '@/lib/board/format';
import { canConsent } from '@/lib/board/agreement/roles';
import { CheckInChart } from '@/components/checkins/CheckInChart';
import { cadenceWords } from '@/components/checkins/cadence';
import { useBoard } from '@/components/board/boardContext';

/**
 * Check-ins: a short, regular moment where each partner says how they feel
 * about the relationship right now, and the history of them as a chart.
 */
export function CheckIns() {
  const { board, consent, checkIns } = useBoard();
  const partner = () => canConsent(consent.myRole());
  const [open, setOpen] = createSignal(false);
  const [thanks, setThanks] = createSignal('');
  const mineBefore = () => checkIns.all().some((checkIn) => checkIn.personId === board.personId);
  const due = () => checkInDue(checkIns.all(), board.personId, checkIns.everyDays(), consent.now());
  let button: HTMLButtonElement | undefined;

  const save = (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const score = Number(form.get('feeling'));
    if (!board.checkIn({ score, statement: String(form.get('statement') ?? '') })) return;
    setOpen(false);
    setThanks('Thank you for checking in. It is on the chart below.');
    button?.focus();
  };

  return (
    <section class="section checkins" aria-labelledby="checkins-title">
      <h2 id="checkins-title">Check-ins</h2>
      <p class="hint">
        A short, regular moment to say how you are doing and whether your agreements still fit. This board suggests one{' '}
        {cadenceWords(checkIns.everyDays())}.
      </p>
      <Show when={partner()} fallback={<p class="help">Check-ins are for the partners; you can see how they have felt over time here.</p>}>
        <Show when={due() && !open()}>
          <p class="checkin-due" role="status">
            {mineBefore() ? 'It is time for your next check-in.' : 'You have not checked in on this board yet.'}
          </p>
        </Show>
        <button type="button" ref={button} aria-expanded={open()} onClick={() => setOpen(!open())}>
          Check in
        </button>
        <Show when={thanks() && !open()}>
          <p role="status" class="help">
            {thanks()}
          </p>
        </Show>
        <Show when={open()}>
          <form class="card form checkin-form" onSubmit={save} aria-label="Your check-in">
            <fieldset>
              <legend>How do you feel about the relationship right now?</legend>
              <div class="scale">
                <For each={CHECK_IN_SCALE}>
                  {(step) => (
                    <label class="scale-step">
                      <input type="radio" name="feeling" value={step.score} required />
                      {step.words}
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
            <label>
              In your own words (optional)
              <textarea name="statement" rows={2} maxLength={MAX_CHECK_IN_TEXT_LENGTH} placeholder="I feel… when… / I would like…" />
            </label>
            <div class="actions">
              <button type="submit" class="primary">
                Save check-in
              </button>
              <button type="button" class="quiet" onClick={() => setOpen(false)}>
                Not now
              </button>
            </div>
          </form>
        </Show>
      </Show>
      <CheckInChart checkIns={checkIns.all()} people={consent.people()} />
    </section>
  );
}
