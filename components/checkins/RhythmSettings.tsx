import { For, Show } from 'solid-js';
import { CADENCES } from '@/lib/board/agreement/revisit';
import { canEdit } from '@/lib/board/agreement/roles';
import { cadenceWords } from '@/components/checkins/cadence';
import { useBoard } from '@/components/board/boardContext';

/** How often this board's agreements come due for a revisit, and how often it suggests a check-in. */
export function RhythmSettings() {
  const { board, consent, checkIns } = useBoard();
  const choices = (current: number) =>
    CADENCES.some((cadence) => cadence.days === current) ? CADENCES : [...CADENCES, { days: current, words: cadenceWords(current) }];
  return (
    <details class="rhythm">
      <summary>
        This board’s rhythm: revisits {cadenceWords(consent.revisitEveryDays())}, check-ins {cadenceWords(checkIns.everyDays())}
      </summary>
      <Show when={canEdit(consent.myRole())} fallback={<p class="help">The people who edit this board set its rhythm.</p>}>
        <p class="help">
          Agreements come due for a revisit this long after everyone last agreed to them (each one can have its own date too). The rhythm is
          shared by everyone on the board.
        </p>
        <label>
          Revisit agreements
          <select
            value={consent.revisitEveryDays()}
            onChange={(event) => board.setRhythm({ revisitEveryDays: Number(event.currentTarget.value) })}
          >
            <For each={choices(consent.revisitEveryDays())}>{(cadence) => <option value={cadence.days}>{cadence.words}</option>}</For>
          </select>
        </label>
        <label>
          Suggest a check-in
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
