import { Show } from 'solid-js';
import type { BoardSession } from '../lib/session/boardSession';
import type { ConsentView } from '../lib/solid/createConsent';

/**
 * Where a boundary or expectation stands with the partners, and this
 * person's own Agree / Withdraw agreement. The panel only ever offers a
 * person their own agreement.
 */
// TODO(#4, 2026-11-21): revisit dates ("Due for a revisit"), a diff of the last
// agreed wording against the draft, and no Agree for facilitators/observers.
export function ItemConsent(props: { itemId: string; text: string; consent: ConsentView; session: BoardSession }) {
  const state = () => props.consent.stateOf(props.itemId, props.text);
  const mine = () => props.consent.agreedByMe(props.itemId, props.text);
  const lastAgreed = () => props.consent.lastAgreedText(props.itemId, props.text);
  const words = () => {
    const current = state();
    if (current.kind === 'agreed') return 'Agreed by everyone';
    const parts = current.waitingFor.map((person) => `Waiting for ${person.name}`);
    if (current.changedSinceAgreed) parts.unshift('Changed since agreed');
    return parts.join(' · ');
  };
  return (
    <div class="consent" classList={{ agreed: state().kind === 'agreed' }}>
      <p role="status" class="consent-status">
        {words()}
      </p>
      <Show when={state().kind === 'open' && lastAgreed()}>
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
