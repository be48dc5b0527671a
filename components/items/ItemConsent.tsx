import { createMemo } from 'solid-js';
import type { ItemView, PersonView } from '@/lib/board/read';
import { isDue, revisitOpenedAt } from '@/lib/board/agreement/revisit';
import { canConsent } from '@/lib/board/agreement/roles';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { ConsentView } from '@/lib/solid/createConsent';
import type { ConsentState, NotCounted } from '@/lib/board/agreement/consent';
import { formatDate } from '@/components/common/dates';
import { WordDiff } from '@/components/history/WordDiff';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

interface ItemConsentView {
  words: string;
  agreed: boolean;
  /** This person's agreement stands for the current words. */
  mine: boolean;
  /** Null while the item waits for everyone's agreement. */
  due: number | null;
  dueNow: boolean;
  /** This person agreed again since the revisit came due. */
  renewedByMe: boolean;
  /** The words last agreed, when the text has changed since. */
  lastAgreed: string | null;
  /** This person agreed to these words before, in a statement that no longer counts (older, or of the old shape): they agree again. */
  againToConfirm: boolean;
}

/** Everything the item shows about consent, read in one pass. */
function readConsentView(consent: ConsentView, item: ItemView, board: Pick<BoardHandle, 'personId'>): ItemConsentView {
  const state = consent.stateOf(item.id, item.text);
  const due = consent.dueAt(item);
  const mineAt = consent.myAgreementAt(item.id, item.text);
  // Agreements that do not count matter only while the item waits (read only then: fewer items to wake when they change).
  const notCounted = state.kind === 'open' ? consent.notCountedFor(item.id, item.text) : [];
  const myNotCounted = notCounted.find((entry) => entry.person.id === board.personId)?.why;
  return {
    words: consentWords(consent, state, notCounted),
    agreed: state.kind === 'agreed',
    mine: consent.agreedByMe(item.id, item.text),
    due,
    dueNow: isDue(due, consent.now()),
    // Agreeing again after the date is this person's part of the revisit; it is
    // done for the board once every partner has.
    renewedByMe: due !== null && mineAt !== null && mineAt >= revisitOpenedAt(item, due),
    lastAgreed: state.kind === 'open' ? consent.lastAgreedText(item.id, item.text) : null,
    againToConfirm: myNotCounted === 'older' || myNotCounted === 'old-format',
  };
}

function consentWords(consent: ConsentView, state: ConsentState, notCounted: { person: PersonView; why: NotCounted }[]): string {
  if (!consent.checked()) return t.items.checkingAgreements;
  if (state.kind === 'agreed') return t.items.agreedByEveryone;
  const why = new Map(notCounted.map((entry) => [entry.person.id, entry.why]));
  const parts = state.waitingFor.map((person) => {
    const reason = why.get(person.id);
    // How an agreement that is shown but does not count reads beside its person (see `NotCounted`).
    return reason ? t.items.notCounted[reason](person.name) : t.items.waitingFor(person.name);
  });
  if (state.changedSinceAgreed) parts.unshift(t.items.changedSinceAgreed);
  if (parts.length === 0) parts.push(t.items.noPartnersYet);
  return parts.join(' · ');
}

/**
 * Where a boundary or expectation stands with the partners, whether its
 * revisit has come, and this person's one next step: `Agree` (or `Agree
 * again`), or `Withdraw agreement` once they have. The panel only ever
 * offers a person their own agreement, and only partners agree. The revisit
 * date itself is changed from the item's menu.
 */
export function ItemConsent(props: { item: () => ItemView }) {
  const { board, consent } = useBoard();
  // One memo for everything the item shows, re-read when its text or anyone's
  // consent changes. Parts that come and go are hidden, or plain conditionals
  // (one memo) rather than `<Show>` (three): a 1,000-item board has hundreds of
  // these, and a memo and a `<Show>` per part made it open ~2x slower.
  const view = createMemo(() => readConsentView(consent, props.item(), board));
  const id = () => props.item().id;
  const partner = () => canConsent(consent.myRole());
  const againDue = () => view().dueNow && view().agreed && !view().renewedByMe;
  const revisitWords = () => {
    const { due, dueNow, renewedByMe } = view();
    if (due === null || !dueNow) return '';
    return renewedByMe ? t.items.revisitDueSinceAgreedAgain(formatDate(due)) : t.items.revisitDueSince(formatDate(due));
  };

  return (
    <div class="consent" classList={{ agreed: view().agreed }}>
      {view().lastAgreed !== null && <AgreedWording agreed={view().lastAgreed ?? ''} draft={props.item().text} />}
      <div class="item-foot">
        <p role="status" class="consent-status" textContent={view().words} />
        {/* `Agree`; once agreed and the revisit has come, or to confirm an agreement that no longer counts, `Agree again`. */}
        <button
          type="button"
          class="small"
          hidden={!partner() || (view().mine && !againDue())}
          disabled={props.item().text.trim() === ''}
          textContent={view().mine || view().againToConfirm ? t.items.agreeAgain : t.items.agree}
          onClick={() => void board.agree(id())}
        />
        <button
          type="button"
          class="small quiet"
          hidden={!partner() || !view().mine || againDue()}
          onClick={() => void board.withdraw(id())}
        >
          {t.items.withdrawAgreement}
        </button>
      </div>
      <p class="revisit due" hidden={!view().dueNow} textContent={revisitWords()} />
    </div>
  );
}

/** The words last agreed, with what the draft changed marked (removed struck through, added underlined). */
function AgreedWording(props: { agreed: string; draft: string }) {
  return (
    <div class="last-agreed">
      <p>
        <span class="last-agreed-label">{t.items.lastAgreedWording}</span> <span class="last-agreed-text">{props.agreed}</span>
      </p>
      <p aria-label={t.items.whatChanged}>
        <span class="last-agreed-label">{t.items.whatChangedLead} </span>
        <WordDiff before={props.agreed} after={props.draft} />
      </p>
    </div>
  );
}
