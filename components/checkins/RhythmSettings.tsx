import { For, Show } from 'solid-js';
import { CADENCES } from '@/lib/board/agreement/revisit';
import { canEdit } from '@/lib/board/agreement/roles';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { CheckInsView } from '@/lib/solid/createCheckIns';
import type { ConsentView } from '@/lib/solid/createConsent';
import { cadenceWords } from '@/components/checkins/cadence';

/** How often this board's agreements come due for a revisit, and how often it suggests a check-in. */
export function RhythmSettings(props: { session: BoardHandle; consent: ConsentView; checkIns: CheckInsView }) {
  const choices = (current: number) =>
    CADENCES.some((cadence) => cadence.days === current) ? CADENCES : [...CADENCES, { days: current, words: cadenceWords(current) }];
  return (
    <details class="card rhythm">
      <summary>
        This board’s rhythm: revisits {cadenceWords(props.consent.revisitEveryDays())}, check-ins{' '}
        {cadenceWords(props.checkIns.everyDays())}
      </summary>
      <Show
        when={canEdit(props.consent.myRole())}
        fallback={<p class="help">The people who edit this board set its rhythm.</p>}
      >
        <p class="help">
          Agreements come due for a revisit this long after everyone last agreed to them (each one can have its own
          date too). The rhythm is shared by everyone on the board.
        </p>
        <label>
          Revisit agreements
          <select
            value={props.consent.revisitEveryDays()}
            onChange={(event) => props.session.setRhythm({ revisitEveryDays: Number(event.currentTarget.value) })}
          >
            <For each={choices(props.consent.revisitEveryDays())}>
              {(cadence) => <option value={cadence.days}>{cadence.words}</option>}
            </For>
          </select>
        </label>
        <label>
          Suggest a check-in
          <select
            value={props.checkIns.everyDays()}
            onChange={(event) => props.session.setRhythm({ checkInEveryDays: Number(event.currentTarget.value) })}
          >
            <For each={choices(props.checkIns.everyDays())}>
              {(cadence) => <option value={cadence.days}>{cadence.words}</option>}
            </For>
          </select>
        </label>
      </Show>
    </details>
  );
}
