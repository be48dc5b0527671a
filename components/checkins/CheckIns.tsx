import { For, Show, createSignal } from 'solid-js';
import { CHECK_IN_SCALE, checkInDue } from '@/lib/board/checkins';
import { MAX_CHECK_IN_TEXT_LENGTH } from '@/lib/board/format';
import { canConsent } from '@/lib/board/agreement/roles';
import { CheckInChart } from '@/components/checkins/CheckInChart';
import { cadenceWords } from '@/components/checkins/cadence';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

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
    setThanks(t.checkins.thanks);
    button?.focus();
  };

  return (
    <section class="section checkins" aria-labelledby="checkins-title">
      <h2 id="checkins-title">{t.checkins.title}</h2>
      <p class="hint">{t.checkins.hint(cadenceWords(checkIns.everyDays()))}</p>
      <Show when={partner()} fallback={<p class="help">{t.checkins.forPartners}</p>}>
        <Show when={due() && !open()}>
          <p class="checkin-due" role="status">
            {mineBefore() ? t.checkins.dueAgain : t.checkins.dueFirst}
          </p>
        </Show>
        <button type="button" ref={button} aria-expanded={open()} onClick={() => setOpen(!open())}>
          {t.checkins.checkIn}
        </button>
        <Show when={thanks() && !open()}>
          <p role="status" class="help">
            {thanks()}
          </p>
        </Show>
        <Show when={open()}>
          <form class="card form checkin-form" onSubmit={save} aria-label={t.checkins.form}>
            <fieldset>
              <legend>{t.checkins.question}</legend>
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
              {t.checkins.ownWords}
              <textarea name="statement" rows={2} maxLength={MAX_CHECK_IN_TEXT_LENGTH} placeholder={t.checkins.ownWordsPlaceholder} />
            </label>
            <div class="actions">
              <button type="submit" class="primary">
                {t.checkins.save}
              </button>
              <button type="button" class="quiet" onClick={() => setOpen(false)}>
                {t.checkins.notNow}
              </button>
            </div>
          </form>
        </Show>
      </Show>
      <CheckInChart checkIns={checkIns.all()} people={consent.people()} />
    </section>
  );
}
