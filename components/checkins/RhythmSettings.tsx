import { For, Show } from 'solid-js';
import { CADENCE_DAYS } from '@/lib/board/agreement/revisit';
import { canEdit } from '@/lib/board/agreement/roles';
import { cadenceWords } from '@/components/checkins/cadence';
import { t } from '@/lib/i18n/messages';
import { useBoard } from '@/components/board/boardContext';

/** How often this board's agreements come due for a revisit, and how often it suggests a check-in. */
export function RhythmSettings() {
  const { board, consent, checkIns } = useBoard();
  // The words are read here, in the panel's language.
  const choices = (current: number) => {
    const days = CADENCE_DAYS;
    return (days.includes(current) ? days : [...days, current]).map((choice) => ({ days: choice, words: cadenceWords(choice) }));
  };
  return (
    <details class="rhythm">
      <summary>{t.checkins.rhythm.summary(cadenceWords(consent.revisitEveryDays()), cadenceWords(checkIns.everyDays()))}</summary>
      <Show when={canEdit(consent.myRole())} fallback={<p class="help">{t.checkins.rhythm.editorsOnly}</p>}>
        <p class="help">{t.checkins.rhythm.help}</p>
        <label>
          {t.checkins.rhythm.revisits}
          <select
            value={consent.revisitEveryDays()}
            onChange={(event) => board.setRhythm({ revisitEveryDays: Number(event.currentTarget.value) })}
          >
            <For each={choices(consent.revisitEveryDays())}>{(cadence) => <option value={cadence.days}>{cadence.words}</option>}</For>
          </select>
        </label>
        <label>
          {t.checkins.rhythm.checkIns}
          <select
            value={checkIns.everyDays()}
            onChange={(event) => board.setRhythm({ checkInEveryDays: Number(event.currentTarget.value) })}
          >
            <For each={choices(checkIns.everyDays())}>{(cadence) => <option value={cadence.days}>{cadence.words}</option>}</For>
          </select>
        </label>
      </Show>
    </details>
  );
}
