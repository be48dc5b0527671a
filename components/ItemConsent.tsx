import { Show, createMemo } from 'solid-js';
import type { BoardSession } from '../lib/session/boardSession';
import type { ConsentView } from '../lib/solid/createConsent';

/**
 * Where a boundary or expectation stands with the partners, and this
 * person's own Agree / Withdraw agreement. The panel only ever offers a
 * person their own agreement.
 */
// TODO(#4, 2026-11-21): revisit dates ("Due for a revisit"), a diff of the last
// agreed wording against the draft, and no Agree for facilitators/observers.
// TODO(#4, 2026-11-21): the consent UI made a 1,000-item board open in ~450-530 ms
// (256-295 ms before): render it lazily, and count the summary incrementally.
export function ItemConsent(props: { itemId: string; text: string; consent: ConsentView; session: BoardSession }) {
  // Computed once per change and shared by the status, the class and the buttons:
  // evaluated separately they made a 1,000-item board open ~2x slower.
  const state = createMemo(() => props.consent.stateOf(props.itemId, props.text));
  const mine = createMemo(() => props.consent.agreedByMe(props.itemId, props.text));
  const lastAgreed = () => (state().kind === 'open' ? props.consent.lastAgreedText(props.itemId, props.text) : null);
  const words = createMemo(() => {
    const current = state();
    if (current.kind === 'agreed') return 'Agreed by everyone';
    const parts = current.waitingFor.map((person) => `Waiting for ${person.name}`);
    if (current.changedSinceAgreed) parts.unshift('Changed since agreed');
    return parts.join(' · ');
  });
  return (
    <div class="consent" classList={{ agreed: state().kind === 'agreed' }}>
      <p role="status" class="consent-status">
        {words()}
      </p>
      <Show when={lastAgreed()}>
        {(text) => (
          <p class="last-agreed">
            <span class="last-agreed-label">Last agreed wording:</span> <span class="last-agreed-text">{text()}</span>
          </p>
        )}
      </Show>
      <Show
        when={mine()}
        fallback={
          <button type="button" class="small" disabled={props.text.trim() === ''} onClick={() => props.session.agree(props.itemId)}>
            Agree
          </button>
        }
      >
        <button type="button" class="small quiet" onClick={() => props.session.withdraw(props.itemId)}>
          Withdraw agreement
        </button>
      </Show>
    </div>
  );
}
