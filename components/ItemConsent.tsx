import { Show, createMemo, createSignal } from 'solid-js';
import type { ItemView } from '../lib/board/read';
import { isDue, parseDateInput, revisitOpenedAt, toDateInput } from '../lib/board/revisit';
import { canConsent, canEdit } from '../lib/board/roles';
import type { BoardSession } from '../lib/session/boardSession';
import type { ConsentView } from '../lib/solid/createConsent';
import { formatDate } from './dates';
import { WordDiff } from './WordDiff';

/**
 * Where a boundary or expectation stands with the partners, when it is next
 * revisited, and this person's own Agree / Withdraw agreement. The panel only
 * ever offers a person their own agreement, and only partners agree.
 */
const DAY = 24 * 60 * 60 * 1000;

export function ItemConsent(props: { item: ItemView; consent: ConsentView; session: BoardSession }) {
  // Computed once per change and shared by the status, the class and the buttons:
  // evaluated separately they made a 1,000-item board open ~2x slower.
  const state = createMemo(() => props.consent.stateOf(props.item.id, props.item.text));
  const mine = createMemo(() => props.consent.agreedByMe(props.item.id, props.item.text));
  const due = createMemo(() => props.consent.dueAt(props.item));
  const isDueNow = () => isDue(due(), props.consent.now());
  // Agreeing again after the date is this person's part of the revisit; it is
  // done for the board once every partner has.
  const renewedByMe = () => {
    const when = due();
    const mine = props.consent.myAgreementAt(props.item.id, props.item.text);
    return when !== null && mine !== null && mine >= revisitOpenedAt(props.item, when);
  };
  const lastAgreed = () =>
    state().kind === 'open' ? props.consent.lastAgreedText(props.item.id, props.item.text) : null;
  const unverified = createMemo(() => new Set(props.consent.unverifiedFor(props.item.id, props.item.text).map((p) => p.id)));
  const words = createMemo(() => {
    if (!props.consent.checked()) return 'Checking agreements…';
    const current = state();
    if (current.kind === 'agreed') return 'Agreed by everyone';
    // An agreement in someone's name that their key did not sign is shown, and never counted.
    const parts = current.waitingFor.map((person) =>
      unverified().has(person.id)
        ? `Waiting for ${person.name} (an agreement in their name could not be verified, so it does not count)`
        : `Waiting for ${person.name}`,
    );
    if (current.changedSinceAgreed) parts.unshift('Changed since agreed');
    if (parts.length === 0) parts.push('No partners on this board yet');
    return parts.join(' · ');
  });
  const [choosingDate, setChoosingDate] = createSignal(false);

  return (
    <div class="consent" classList={{ agreed: state().kind === 'agreed' }}>
      <p role="status" class="consent-status">
        {words()}
      </p>
      <Show when={lastAgreed()}>{(agreed) => <AgreedWording agreed={agreed()} draft={props.item.text} />}</Show>
      <Show when={due()}>
        {(when) => (
          <p class="revisit" classList={{ due: isDueNow() }}>
            {isDueNow()
              ? `Due for a revisit since ${formatDate(when())}${renewedByMe() ? ' · you agreed again' : ''}`
              : `Next revisit ${formatDate(when())}`}
          </p>
        )}
      </Show>
      <div class="consent-actions">
        <Show when={canConsent(props.consent.myRole())}>
          <Show
            when={mine()}
            fallback={
              <button
                type="button"
                class="small"
                disabled={props.item.text.trim() === ''}
                onClick={() => void props.session.agree(props.item.id)}
              >
                Agree
              </button>
            }
          >
            <Show when={isDueNow() && state().kind === 'agreed' && !renewedByMe()}>
              <button type="button" class="small" onClick={() => void props.session.agree(props.item.id)}>
                Agree again
              </button>
            </Show>
            <button type="button" class="small quiet" onClick={() => props.session.withdraw(props.item.id)}>
              Withdraw agreement
            </button>
          </Show>
        </Show>
        <Show when={canEdit(props.consent.myRole())}>
          <button
            type="button"
            class="small quiet"
            aria-expanded={choosingDate()}
            onClick={() => setChoosingDate(!choosingDate())}
          >
            Change revisit date
          </button>
        </Show>
      </div>
      <Show when={choosingDate()}>
        <div class="revisit-choice">
          <label>
            Revisit on
            <input
              type="date"
              value={toDateInput(due() ?? props.consent.now() + props.consent.revisitEveryDays() * DAY)}
              onChange={(event) => {
                const date = parseDateInput(event.currentTarget.value);
                if (date !== null) props.session.setRevisitOn(props.item.id, date);
              }}
            />
          </label>
          <Show when={props.item.revisitOn !== undefined}>
            <button type="button" class="small quiet" onClick={() => props.session.setRevisitOn(props.item.id, null)}>
              Use the board’s rhythm
            </button>
          </Show>
        </div>
      </Show>
    </div>
  );
}

/** The words last agreed, with what the draft changed marked (removed struck through, added underlined). */
function AgreedWording(props: { agreed: string; draft: string }) {
  return (
    <div class="last-agreed">
      <p>
        <span class="last-agreed-label">Last agreed wording:</span>{' '}
        <span class="last-agreed-text">{props.agreed}</span>
      </p>
      <p aria-label="What changed">
        <span class="last-agreed-label">What changed: </span>
        <WordDiff before={props.agreed} after={props.draft} />
      </p>
    </div>
  );
}
